"""Pages of the dossier workflow: actions panel, tracking sheet, apology letter, desk."""

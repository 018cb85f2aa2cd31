"""Public dossier look-up: by dossier code plus the applicant's phone or ID number (domain.md §5)."""

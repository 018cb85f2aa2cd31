"""E-mails to the applicant when their dossier's status changes (issue 5)."""

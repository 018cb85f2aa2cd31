"""E-mails to the applicant when their dossier's status changes (docs/domain/statuses.md)."""

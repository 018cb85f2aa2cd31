"""Public dossier look-up: by dossier code plus the applicant's phone or ID number (docs/domain/dossier-codes.md)."""

"""POST /@dossier-status: the public dossier look-up for external apps (docs/api-dossiers.md)."""

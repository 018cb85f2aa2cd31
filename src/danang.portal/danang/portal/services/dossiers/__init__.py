"""POST /@dossiers: dossier submission through the REST API (docs/api-dossiers.md)."""

"""GET /@agent-dossiers: the dossiers an agent submitted (docs/api-dossiers.md)."""

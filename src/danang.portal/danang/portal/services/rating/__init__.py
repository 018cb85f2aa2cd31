"""``<dossier>/@rating``: a dossier's satisfaction rating through the REST API (docs/api-rating.md)."""

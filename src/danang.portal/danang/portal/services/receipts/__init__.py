"""``GET <dossier>/@receipts``: the dossier's electronic receipts (docs/api-receipts.md)."""

"""``<dossier>/@payment``: the dossier's fees and online payment for external apps (docs/api-payment.md)."""

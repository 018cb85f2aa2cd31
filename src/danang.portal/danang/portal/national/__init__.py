"""Dossier exchange with the national public-services portal (Cổng DVC quốc gia): docs/national.md."""

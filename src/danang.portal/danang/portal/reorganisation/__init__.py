"""Reorganisations of the administrative units applied to the site (docs/reorganisation.md)."""

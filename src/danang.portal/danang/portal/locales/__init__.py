"""Translations of the portal (Vietnamese source texts, English) and the tooling that checks them."""

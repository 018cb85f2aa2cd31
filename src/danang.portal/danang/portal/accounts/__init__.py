"""Citizen accounts: registration fields, profile checks and "Hồ sơ của tôi"."""

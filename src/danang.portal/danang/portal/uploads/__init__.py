"""Uploaded files: their real type, safe names, the size and type rules and their settings.

Below the e-forms, the workflow (supplements) and the desk: each checks files the same way.
"""

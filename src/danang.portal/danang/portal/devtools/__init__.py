"""Development tooling: scripts run by hand, by benchmarks and by tests, never by the portal.

Nothing under ``data/``, ``cli/`` or any other runtime module imports from here.
"""

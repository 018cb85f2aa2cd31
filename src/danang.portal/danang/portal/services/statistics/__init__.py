"""``GET /@statistics``: the statistics page's figures as JSON (docs/api-statistics.md)."""

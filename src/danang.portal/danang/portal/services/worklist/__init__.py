"""``GET /@worklist``: the officials' worklist as JSON (docs/api-worklist.md)."""

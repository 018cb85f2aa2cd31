"""What a caching proxy may keep, and what an edit purges (plone.app.caching, docs/deployment.md)."""

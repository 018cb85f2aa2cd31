"""Standard ``@search`` (plone.restapi's) on the portal: Vietnamese text search for services,
400 for parameters it cannot read (query.py)."""

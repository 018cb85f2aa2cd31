"""How the Zope publisher serves the portal: conflict retries."""

"""Standard ``@search`` (plone.restapi's) on the portal: parameters it cannot read answer 400."""

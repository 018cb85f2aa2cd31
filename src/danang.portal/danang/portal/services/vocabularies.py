"""Vocabularies that anonymous REST clients may read through ``@vocabularies``.

plone.restapi checks ``plone.app.content.browser.vocabulary.PERMISSIONS[name]`` (falling back
to a default permission that Plone has tightened before) against the context. External apps
need the catalogue's codes and titles to build their own search forms, so these are pinned to
"View": anyone who may see the site may read them.
"""

from plone.app.content.browser.vocabulary import PERMISSIONS

PUBLIC_VOCABULARIES = (
    "danang.portal.Sectors",
    "danang.portal.Agencies",
    "danang.portal.Units",
    "danang.portal.Districts",
    "danang.portal.Wards",
    "danang.portal.ImplementingLevels",
    "danang.portal.Audiences",
    "danang.portal.OnlineLevels",
    "danang.portal.OnlineModes",
    "danang.portal.Channels",
    "danang.portal.TimeUnits",
    "danang.portal.AgencyKinds",
)

for _name in PUBLIC_VOCABULARIES:
    PERMISSIONS.setdefault(_name, "View")

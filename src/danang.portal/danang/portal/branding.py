"""The portal's logo in Plone's site-logo setting (shown in the header instead of Plone's)."""

from pathlib import Path
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import base64

LOGO = Path(__file__).parent / "browser" / "static" / "logo.svg"


def _logo_value():
    name = base64.b64encode(LOGO.name.encode()).decode()
    data = base64.b64encode(LOGO.read_bytes()).decode()
    return f"filenameb64:{name};datab64:{data}".encode()


def set_site_logo():
    # plone.site_logo holds "filenameb64:<name>;datab64:<data>", as the site control panel writes it.
    api.portal.set_registry_record("plone.site_logo", _logo_value())


def remove_site_logo():
    """Back to Plone's logo, unless an administrator has since chosen another one."""
    if api.portal.get_registry_record("plone.site_logo", default=None) == _logo_value():
        # plone.api refuses None as a value; the record itself accepts it.
        getUtility(IRegistry)["plone.site_logo"] = None

"""Finding a dossier by its code, whatever the current user may see.

The receipt, the look-up link, payment and rating pages are reached by anonymous applicants with
a code in the URL: each finds the dossier here and then decides by its own rule what to show.
"""

from danang.portal.dossier.numbering import parse_dossier_code
from plone import api


def find_dossier(code):
    """The dossier with this code whatever the current user may see, or None.

    Callers decide what to show; nothing here checks permissions.
    """
    if not isinstance(code, str) or parse_dossier_code(code) is None:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    if "dossier_code" in catalog.indexes():
        for brain in catalog.unrestrictedSearchResults(portal_type="Dossier", dossier_code=code.strip()):
            return brain._unrestrictedGetObject()
    return None

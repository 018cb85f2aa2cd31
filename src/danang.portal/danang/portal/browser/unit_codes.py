"""The administrators' warning about placeholder unit codes (``TAM.…``, content/codes.py).

Shipped agencies carry placeholders where no official unit code was confirmed
(docs/numbering.md, "Unit codes"). Citizens see dossier codes without the mark; administrators
(cmf.ManagePortal, the viewlet's permission) see on Site Setup how many agencies still wait for
their official code, and on such an agency's page that its own code is one.
"""

from danang.portal.content.agency import IAgency
from danang.portal.content.codes import is_placeholder_unit_code
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

# Site Setup's overview page: where administrators look first.
OVERVIEW = "overview-controlpanel"
LISTED = 10


class PlaceholderUnitCodes(ViewletBase):
    index = ViewPageTemplateFile("templates/unit_codes_warning.pt")
    listed = LISTED

    def update(self):
        self.agency_code = None
        self.placeholders = []
        if IAgency.providedBy(self.context):
            if is_placeholder_unit_code(getattr(self.context, "dossier_unit_code", None)):
                self.agency_code = self.context.dossier_unit_code
        elif getattr(self.view, "__name__", None) == OVERVIEW:
            self.placeholders = placeholder_agencies()

    def available(self):
        return bool(self.agency_code or self.placeholders)

    def render(self):
        return self.index() if self.available() else ""


def placeholder_agencies():
    """[{"title", "code", "url"}] of the agencies whose unit code is still a placeholder."""
    catalog = api.portal.get_tool("portal_catalog")
    found = []
    for brain in catalog.unrestrictedSearchResults(portal_type="Agency", sort_on="sortable_title"):
        agency = brain._unrestrictedGetObject()
        if is_placeholder_unit_code(getattr(agency, "dossier_unit_code", None)):
            found.append({"title": brain.Title, "code": agency.dossier_unit_code, "url": brain.getURL()})
    return found

"""Public page of an agency: contact details, opening hours and the procedures it performs."""

from danang.portal.browser.service import term_title
from danang.portal.data.units import get_unit
from plone import api
from Products.Five.browser import BrowserView


class AgencyView(BrowserView):
    def term(self, vocabulary_name, value):
        return term_title(vocabulary_name, value, self.context)

    def area(self):
        return get_unit(self.context.area_code)

    def parent(self):
        if not self.context.parent_agency:
            return None
        brains = api.content.find(portal_type="Agency", code=self.context.parent_agency)
        return brains[0] if brains else None

    def services(self):
        return api.content.find(
            portal_type="Service", agency=self.context.code, sort_on="sortable_title"
        )

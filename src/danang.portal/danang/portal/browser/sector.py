"""Public page of a sector: its procedures, so any service is two clicks from the home page."""

from plone import api
from Products.Five.browser import BrowserView


class SectorView(BrowserView):
    def services(self):
        return api.content.find(
            portal_type="Service", sector=self.context.code, sort_on="sortable_title"
        )

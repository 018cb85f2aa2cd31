"""Home page: search, sectors with their number of services, and agencies by level."""

from collections import Counter
from plone import api
from Products.Five.browser import BrowserView


class HomeView(BrowserView):
    def sectors(self):
        # Counted from catalog metadata of the visible services: no object is loaded.
        counts = Counter(brain.sector for brain in api.content.find(portal_type="Service"))
        brains = api.content.find(portal_type="Sector", sort_on="sortable_title")
        return [
            {"title": brain.Title, "url": brain.getURL(), "count": counts.get(brain.code, 0)}
            for brain in brains
        ]

    def agencies(self, kinds):
        return api.content.find(portal_type="Agency", agency_kind=kinds, sort_on="sortable_title")

    def services_total(self):
        return len(api.content.find(portal_type="Service"))

"""``@@ho-so-cua-toi`` ("Hồ sơ của tôi"): the logged-in citizen's own dossiers.

A dossier's creator is its applicant's account and nobody else (dossier/content.py); the restricted
catalog search adds the permission filter, so only dossiers the citizen may view are listed, each
linking to its page. Anonymous visitors are sent to the login form (the view's permission).
"""

from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.status import status_of_code
from plone import api
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import datetime

PAGE_SIZE = 50


class MyDossiersView(BrowserView):
    template = ViewPageTemplateFile("templates/my_dossiers.pt")

    def __call__(self):
        self.request.response.setHeader("Cache-Control", "private, no-store, max-age=0")
        return self.template()

    def brains(self):
        user = api.user.get_current()
        catalog = api.portal.get_tool("portal_catalog")
        return catalog.searchResults(
            portal_type="Dossier",
            Creator=user.getId(),
            # The date index counts minutes: the code's sequence orders a minute's dossiers.
            sort_on=("received", "dossier_code"),
            sort_order="descending",
        )

    def dossiers(self):
        rows = []
        units = {}
        for brain in self.brains()[:PAGE_SIZE]:
            status = status_of_code(brain.dossier_status)
            unit = brain.receiving_unit
            if unit not in units:
                agency = agency_by_code(unit)
                units[unit] = agency.Title() if agency is not None else unit
            rows.append(
                {
                    "code": brain.dossier_code,
                    "url": brain.getURL(),
                    "service": brain.Description,
                    "status": status.title if status is not None else "",
                    "status_code": status.code if status is not None else None,
                    "unit": units[unit],
                    "received": self.when(brain.received),
                    "due": self.when(brain.due),
                }
            )
        return rows

    def total(self):
        return len(self.brains())

    def when(self, moment):
        if moment is None:
            return ""
        if not isinstance(moment, datetime.datetime):
            moment = moment.asdatetime()  # a DateTime from the catalog's metadata
        return local(moment).strftime("%d/%m/%Y")

    def lookup_url(self):
        return f"{api.portal.get().absolute_url()}/@@tra-cuu-ho-so"

    def services_url(self):
        return f"{api.portal.get().absolute_url()}/thu-tuc"

"""``@@ho-so-cua-toi`` ("Hồ sơ của tôi"): the logged-in citizen's own dossiers.

A dossier's creator is its applicant's account and nobody else (dossier/content.py); the restricted
catalog search adds the permission filter, so only dossiers the citizen may view are listed, each
linking to its page. Anonymous visitors are sent to the login form (the view's permission).
"""

from danang.portal.agents.directory import standing
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.status import status_of_code
from danang.portal.satisfaction.listing import rate_url
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

    def agent(self):
        """The account's standing as an agent (agents/): an agent's page lists the dossiers it
        submitted on applicants' behalf, not dossiers of its own."""
        if not hasattr(self, "_agent"):
            current = standing()
            self._agent = current if current.active or current.suspended else None
        return self._agent

    def brains(self):
        user = api.user.get_current()
        catalog = api.portal.get_tool("portal_catalog")
        whose = {"dossier_agent": user.getId()} if self.agent() else {"Creator": user.getId()}
        return catalog.searchResults(
            portal_type="Dossier",
            **whose,
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
                    "rate_url": rate_url(brain),
                    # An agent needs to know whose dossier each is (not in the catalog: personal).
                    "applicant": brain.getObject().applicant_name if self.agent() else None,
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

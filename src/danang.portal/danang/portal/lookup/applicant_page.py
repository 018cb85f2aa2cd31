"""``@@ho-so-cong-dan``: the applicant's page of one dossier, reached from the public look-up.

A citizen without an account proves who they are once (look-up: code + phone or ID number) and
gets a signed, expiring link (dossier.applicant_access). The page shows the status and history,
lists what is missing when a supplement was requested and takes the supplement
(``@@nop-bo-sung``), offers the approved result (``@@tai-ket-qua``), and renders the dossier's
panels (payment, e-receipts, rating) with the dossier as their context. The applicant has no
View permission on the dossier: these portal-level views check ``may_act`` themselves and act
with the applicant's role (Owner), so the workflow's guards and rules still decide.
"""

from danang.portal.dossier.applicant_access import access_query
from danang.portal.dossier.applicant_access import portal_view_url
from danang.portal.dossier.status import status_of_state
from danang.portal.lookup.applicant_request import dossier_for_applicant
from danang.portal.lookup.applicant_request import LINK_INVALID
from danang.portal.lookup.applicant_request import no_store
from danang.portal.lookup.query import public_status
from danang.portal.workflow.supplement_files import rules_text
from plone import api
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.component import queryMultiAdapter
from zope.viewlet.interfaces import IViewletManager


class ApplicantPage(BrowserView):
    template = ViewPageTemplateFile("templates/applicant.pt")
    dossier = None
    message = None

    def __call__(self):
        no_store(self.request.response)
        self.dossier = dossier_for_applicant(self.request)
        if self.dossier is None:
            self.request.response.setStatus(403)
            self.message = LINK_INVALID
        return self.template()

    @property
    def state(self):
        return api.content.get_state(self.dossier, default=None)

    def result(self):
        return public_status(self.dossier)

    def query(self):
        return access_query(self.dossier, self.request)

    def action_url(self, view):
        return portal_view_url(view, self.query())

    def lookup_url(self):
        return f"{api.portal.get().absolute_url()}/@@tra-cuu-ho-so"

    def missing_items(self):
        if self.state != "supplement":
            return []
        return list(getattr(self.dossier, "missing_items", None) or ())

    def upload_rules(self):
        return rules_text(self.dossier)

    def results(self):
        """The approved result files (a draft is never offered)."""
        if self.state not in ("finished", "returned"):
            return []
        return [
            {
                "title": item.Title(),
                "filename": item.file.filename,
                "url": portal_view_url("tai-ket-qua", dict(self.query(), file=item.getId())),
            }
            for item in self.dossier.results()
        ]

    def status_title(self):
        status = status_of_state(self.state)
        return status.title if status is not None else self.state

    def when(self, moment):
        return moment.strftime("%H:%M, %d/%m/%Y") if moment else ""

    def panels(self):
        manager = queryMultiAdapter(
            (self.dossier, self.request, self), IViewletManager, name="danang.portal.dossier.panels"
        )
        if manager is None:
            return ""
        manager.update()
        return manager.render()

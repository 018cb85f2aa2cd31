"""The dossier's panels: what its applicant and officials can do besides the workflow.

One viewlet manager shown on the dossier page (logged-in users with View) and on the applicant
page (token bearers, who have no View on the dossier itself). Payment, e-receipts, rating and
supplements each register a viewlet here instead of editing both pages; each viewlet decides
itself who sees it (dossier.applicant_access.may_act, or the official roles on the dossier).
"""

from plone.app.viewletmanager.manager import OrderedViewletManager
from zope.viewlet.interfaces import IViewletManager


class IDossierPanels(IViewletManager):
    """Panels under the dossier's summary."""


class DossierPanels(OrderedViewletManager):
    """Viewlets are registered with zope.Public and check access themselves, so the manager also
    renders for a token bearer."""

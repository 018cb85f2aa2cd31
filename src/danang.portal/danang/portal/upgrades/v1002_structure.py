"""1001 → 1002, the layering: the applicant link's lifetime has its own settings interface.

The record keeps its name (``danang.portal.lookup.applicant_link_lifetime``) and value; it is
registered again under ``dossier.settings.IApplicantLinkSettings``, which now owns it, so that
``forInterface`` and the registry's edit form find it there.
"""

from danang.portal.dossier.settings import IApplicantLinkSettings
from danang.portal.dossier.settings import PREFIX
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


def register_applicant_link_settings(setup_tool):
    # registerInterface keeps the value of a record that already exists.
    getUtility(IRegistry).registerInterface(IApplicantLinkSettings, prefix=PREFIX)

"""1002 → 1003, the case question: regenerate the e-forms of the existing services.

The generated forms now ask the case question first (content/cases.py) as soon as a service
names one case, and only that case's papers are required. The shipped data already names the
cases of its components ("Nhà ở có tầng hầm hoặc xây chen có công trình liền kề" on the
single-house construction permit); what changes is the form built from them. A form an editor
customised through the web is left as it is (forms/generation.py).
"""

from danang.portal.forms.generation import ensure_form
from plone import api

import logging

logger = logging.getLogger(__name__)


def regenerate_forms(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    outcomes = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="Service"):
        _form, outcome = ensure_form(brain._unrestrictedGetObject())
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    logger.info("Submission forms after the case question: %s", outcomes)

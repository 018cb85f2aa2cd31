"""1002 → 1003, results wait for their fees: hide the approved results of dossiers that owe.

Until 1003 a leader's approval released the result files even while fees were still owed, so a
dossier "Đã xử lý xong" owing its fee served its result through the applicant link. Those
dossiers' results go back to the officials only until paid (payment/result_access.py).
"""

from danang.portal.payment.result_access import follow_payment
from danang.portal.payment.result_access import withheld
from danang.portal.workflow.actions import APPROVED
from plone import api

import logging

logger = logging.getLogger(__name__)


def withhold_unpaid_results(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    count = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Dossier", review_state=list(APPROVED)):
        dossier = brain._unrestrictedGetObject()
        if withheld(dossier):
            follow_payment(dossier)
            count += 1
    logger.info("Results withheld until their fees are paid: %s dossiers", count)

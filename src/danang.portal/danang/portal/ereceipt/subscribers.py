"""Every settled payment gets its e-receipt: the subscriber of payment's ``IDossierPaid``.

A receipt that cannot be issued (a unit without a receipt series...) must not lose the payment:
the payment stays recorded without a receipt number and the error is logged for the officials.
"""

from danang.portal.ereceipt.errors import EReceiptError
from danang.portal.ereceipt.issue import issue_receipt
from zope.i18n import translate

import logging
import transaction

logger = logging.getLogger(__name__)


def dossier_paid(dossier, event):
    savepoint = transaction.savepoint()
    try:
        event.receipt = issue_receipt(dossier, event.payment)
    except EReceiptError as error:
        savepoint.rollback()
        event.receipt = None
        logger.error(
            "Payment %s of %s recorded without a receipt: %s",
            event.payment.get("id"),
            dossier.dossier_code,
            translate(error.message, target_language="vi"),
        )

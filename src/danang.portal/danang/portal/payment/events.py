"""The event fired when a dossier's fees are paid (online or cash, payment/settlement.py).

The e-receipt area issues the payment's receipt on it (ereceipt/subscribers.py).
"""

from zope.interface import Attribute
from zope.interface import implementer
from zope.interface.interfaces import IObjectEvent
from zope.interface.interfaces import ObjectEvent


class IDossierPaid(IObjectEvent):
    """A dossier's amount due was paid in full; ``payment`` is the recorded payment."""

    payment = Attribute("the payment record (dict)")
    receipt = Attribute("the e-receipt issued for it, set by its subscriber (None: none issued)")


@implementer(IDossierPaid)
class DossierPaid(ObjectEvent):
    def __init__(self, obj, payment):
        super().__init__(obj)
        self.payment = payment
        self.receipt = None

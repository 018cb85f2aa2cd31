"""The event fired when a dossier's fees are paid (online or cash); statistics and mail listen."""

from zope.interface import Attribute
from zope.interface import implementer
from zope.interface.interfaces import IObjectEvent
from zope.interface.interfaces import ObjectEvent


class IDossierPaid(IObjectEvent):
    """A dossier's amount due was paid in full; ``payment`` is the recorded payment."""

    payment = Attribute("the payment record (dict)")


@implementer(IDossierPaid)
class DossierPaid(ObjectEvent):
    def __init__(self, obj, payment):
        super().__init__(obj)
        self.payment = payment

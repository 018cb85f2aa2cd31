"""The event fired when an applicant rates a returned dossier (statistics keeps its counters by it)."""

from zope.interface import Attribute
from zope.interface import implementer
from zope.interface.interfaces import IObjectEvent
from zope.interface.interfaces import ObjectEvent


class IDossierRated(IObjectEvent):
    """A dossier got its (single) satisfaction rating."""

    level = Attribute("very_satisfied | satisfied | dissatisfied")


@implementer(IDossierRated)
class DossierRated(ObjectEvent):
    def __init__(self, obj, level):
        super().__init__(obj)
        self.level = level

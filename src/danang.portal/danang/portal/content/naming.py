"""URL ids from codes: /thu-tuc/1-009130 (the code, as Plone's name chooser normalises it) is stable
across renames and readable by officials."""

from plone.app.content.interfaces import INameFromTitle
from zope.interface import implementer


class INameFromCode(INameFromTitle):
    """Own interface for the behavior: two behaviors may not register the same provided interface
    (plone.namefromtitle already uses INameFromTitle), and a full Zope start-up refuses the clash.
    Name choosers still find the adapter, since they look up INameFromTitle, which this extends.
    """


@implementer(INameFromCode)
class NameFromCode:
    def __init__(self, context):
        self.context = context

    @property
    def title(self):
        return (getattr(self.context, "code", None) or "").lower()

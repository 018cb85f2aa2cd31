"""URL ids from codes: /thu-tuc/1.009130 is stable across renames and readable by officials."""

from plone.app.content.interfaces import INameFromTitle
from zope.interface import implementer


@implementer(INameFromTitle)
class NameFromCode:
    def __init__(self, context):
        self.context = context

    @property
    def title(self):
        return (getattr(self.context, "code", None) or "").lower()

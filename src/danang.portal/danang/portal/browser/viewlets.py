"""Viewlets the catalogue's pages replace with their own sections."""

from plone.app.layout.viewlets.common import ViewletBase


class Nothing(ViewletBase):
    """Renders nothing: the service page lists its related procedures itself, in its own words
    ("Thủ tục liên quan"), so Plone's generic "Related content" box would repeat them."""

    def render(self):
        return ""

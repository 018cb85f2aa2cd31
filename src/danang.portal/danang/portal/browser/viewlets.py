"""Viewlets the catalogue's pages replace with their own sections."""

from plone.app.layout.viewlets.common import SearchBoxViewlet
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class Nothing(ViewletBase):
    """Renders nothing, in place of a Plone viewlet that would repeat or mislead: the service page
    lists its related procedures itself ("Thủ tục liên quan"), and the author line ("by admin")
    means nothing on the worklist or a dossier (configure.zcml)."""

    def render(self):
        return ""


class ProcedureSearchBox(SearchBoxViewlet):
    """The header's search box sends citizens to the procedure search (``thu-tuc``), where they
    expect to land; that page links Plone's generic search for news and other pages. No live
    search drop-down: it would list pages of every kind, not procedures."""

    index = ViewPageTemplateFile("templates/searchbox.pt")


class SkipLink(ViewletBase):
    """The first thing a keyboard reaches on every page: a link past the header and the menu to
    the main content (docs/interface.md, "Accessibility"); shown only when it has the focus.
    Ordered first in the header by the profile's viewlets.xml."""

    index = ViewPageTemplateFile("templates/skiplink.pt")

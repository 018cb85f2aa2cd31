"""Public page of a sector: its procedures by implementing level (two clicks from the home page)."""

from danang.portal.browser.listings import services
from danang.portal.browser.listings import services_by_level
from danang.portal.labels import LabelsView
from plone.memoize.view import memoize


class SectorView(LabelsView):
    @memoize
    def services(self):
        return services(sector=self.context.code)

    def groups(self):
        return services_by_level(self.services())

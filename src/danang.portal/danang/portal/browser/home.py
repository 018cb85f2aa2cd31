"""Home page (`danang-home` on the site root): search, sectors with counts, agencies by level.

Every service is two clicks away: home -> sector (or agency) -> service.
"""

from danang.portal.browser.catalogue_summary import agency_directory_summary
from danang.portal.browser.catalogue_summary import catalogue_summary
from danang.portal.labels import LabelsView
from plone import api
from plone.memoize.view import memoize


class HomeView(LabelsView):
    def title(self):
        """The portal's name as set in the site settings (also the browser tab's title)."""
        return api.portal.get_registry_record("plone.site_title", default=None) or self.context.Title()

    @memoize
    def figures(self):
        # Cached until the catalogue changes (catalogue_summary.py).
        return catalogue_summary()["figures"]

    @memoize
    def sectors(self):
        return [sector for sector in catalogue_summary()["sectors"] if sector["count"]]

    @memoize
    def directory(self):
        return agency_directory_summary()

    def search(self):
        """Where the search box sends its words: the service search page (the thu-tuc folder's
        view, parameter ``q``) when there is one, else Plone's site search."""
        folder = self.context.get("thu-tuc")
        if folder is not None and folder.getLayout() == "service-search":
            return {"url": folder.absolute_url(), "param": "q"}
        return {"url": f"{self.context.absolute_url()}/@@search", "param": "SearchableText"}

    def folder_url(self, folder_id):
        folder = self.context.get(folder_id)
        return folder.absolute_url() if folder is not None else None

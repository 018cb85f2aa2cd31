"""Default view of the catalogue's folders (thu-tuc, co-quan, linh-vuc).

A CatalogueFolder admits one type; the page shows that type's items the way a citizen looks for
them: agencies by level (city, districts, wards of each district), sectors with their numbers of
services, services by sector.
"""

from Acquisition import aq_base
from danang.portal.browser.catalogue_summary import agency_directory_summary
from danang.portal.browser.catalogue_summary import catalogue_summary
from danang.portal.browser.listings import services_by_sector
from danang.portal.labels import LabelsView
from plone import api
from plone.memoize.view import memoize

KINDS = ("Service", "Agency", "Sector")


class CatalogueFolderView(LabelsView):
    @memoize
    def kind(self):
        """The catalogue type this folder holds, or None for a folder holding something else."""
        # The stored setting, not getLocallyAllowedTypes(): that one keeps only the types the
        # current user may add, which for a visitor is none.
        allowed = getattr(aq_base(self.context), "locally_allowed_types", None) or ()
        kinds = [portal_type for portal_type in allowed if portal_type in KINDS]
        return kinds[0] if len(kinds) == 1 else None

    def items(self):
        return api.content.find(context=self.context, depth=1, sort_on="getObjPositionInParent")

    def directory(self):
        return agency_directory_summary()

    def sectors(self):
        return catalogue_summary()["sectors"]

    def service_groups(self):
        return services_by_sector()

"""The search's "Nơi thực hiện" facet names the levels of the site's day (docs/units.md):
districts and wards before 1 July 2025, wards, communes and the special zone after."""

from danang.portal.catalogue.facets import FACETS_BY_NAME
from datetime import date
from plone import api
from zope.i18n import translate


def test_the_unit_facet_label_follows_the_day(portal):
    facet = FACETS_BY_NAME["unit"]
    api.portal.set_registry_record("danang.portal.units.as_of", date(2025, 6, 30))
    assert translate(facet.title, target_language="vi") == "Nơi thực hiện (quận, huyện, phường, xã)"
    api.portal.set_registry_record("danang.portal.units.as_of", date(2025, 7, 1))
    assert translate(facet.title, target_language="vi") == "Nơi thực hiện (phường, xã, đặc khu)"
    assert translate(facet.title, target_language="en") == "Where performed (ward, commune, special zone)"
    # The other facets keep their one label.
    assert translate(FACETS_BY_NAME["sector"].title, target_language="vi") == "Lĩnh vực"

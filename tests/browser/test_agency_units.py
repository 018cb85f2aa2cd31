"""An agency page names its unit on the site's day; a committee whose unit was abolished keeps
its unit as it last was, with what it is now (docs/units.md)."""

from danang.portal import units
from danang.portal.browser.agency import AgencyView
from datetime import date
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures import forms as testing


def test_a_district_committee_after_the_district_level_was_abolished(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    agency = testing.make_agency(portal)  # UBND quận Hải Châu, unit 492
    view = AgencyView(agency, portal.REQUEST)
    assert view.area()["name"] == "Quận Hải Châu"
    units.pin(date(2025, 8, 1))
    assert view.area() == {"name": "Quận Hải Châu (nay thuộc Phường Hải Châu, Phường Hòa Cường)", "code": "492"}

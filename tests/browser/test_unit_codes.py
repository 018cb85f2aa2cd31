"""Placeholder unit codes (``TAM.…``): citizens' dossier codes do not carry the mark, administrators
are warned on Site Setup and on the agency (issue 16.6)."""

from danang.portal.clock import TIMEZONE
from danang.portal.content.codes import public_unit_code
from danang.portal.dossier.numbering import next_dossier_code
from datetime import datetime
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import transaction


def make_agency(portal, code, unit_code):
    with api.env.adopt_roles(["Manager"]):
        agency = api.content.create(
            container=portal["co-quan"], type="Agency", id=code.lower(), title=f"Cơ quan {code}",
            code=code, kind="department", level="city", area_code="48", dossier_unit_code=unit_code,
        )
        api.content.transition(obj=agency, to_state="published")
    return agency


def test_a_placeholder_does_not_show_in_dossier_codes(portal):
    make_agency(portal, "SXD", "TAM.SXD")
    make_agency(portal, "STP", "000.00.15.H17")
    monday = datetime(2026, 12, 14, 9, tzinfo=TIMEZONE)
    assert next_dossier_code("SXD", monday) == "SXD-261214-0001"
    assert next_dossier_code("STP", monday) == "000.00.15.H17-261214-0001"
    assert public_unit_code(" tam.20236 ") == "20236"


def test_administrators_are_warned_citizens_are_not(functional):
    portal = functional["portal"]
    agency = make_agency(portal, "SXD", "TAM.SXD")
    make_agency(portal, "STP", "000.00.15.H17")
    transaction.commit()
    admin = Browser(functional["app"])
    admin.handleErrors = False
    admin.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    admin.open(f"{portal.absolute_url()}/@@overview-controlpanel")
    assert "Còn 1 cơ quan dùng mã đơn vị tạm" in admin.contents
    assert f"{agency.absolute_url()}/edit" in admin.contents
    admin.open(agency.absolute_url())
    assert "(TAM.SXD) là mã tạm" in admin.contents

    visitor = Browser(functional["app"])
    visitor.open(agency.absolute_url())
    assert "dn-placeholder-unit-codes" not in visitor.contents
    assert "TAM.SXD" not in visitor.contents

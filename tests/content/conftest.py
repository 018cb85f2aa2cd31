"""Fixtures of the content tests: a few sectors and agencies, and an editor's test browser."""

from form_client import Editor
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.dexterity.utils import createContentInContainer

import pytest
import transaction

SECTORS = (("hoat-dong-xay-dung", "Hoạt động xây dựng"), ("ho-tich", "Hộ tịch"))
AGENCIES = (
    ("SXD", "Sở Xây dựng", "department", "city", "48"),
    ("UBND-492", "UBND quận Hải Châu", "district_committee", "district", "492"),
)



@pytest.fixture
def catalogue_basics(functional):
    """Sectors and agencies the forms' vocabularies offer, committed for the publisher."""
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for code, title in SECTORS:
        createContentInContainer(portal["linh-vuc"], "Sector", title=title, code=code)
    for code, title, kind, level, area in AGENCIES:
        createContentInContainer(
            portal["co-quan"], "Agency", title=title, code=code, kind=kind, level=level,
            area_code=area, dossier_unit_code=f"{code}-TAM",
        )
    setRoles(portal, TEST_USER_ID, ["Member"])
    transaction.commit()
    return portal


@pytest.fixture
def editor(functional, catalogue_basics):
    return Editor(functional["app"], catalogue_basics)

"""The units vocabularies at a day (vocabularies/units.py): the site's day, or a dossier's."""

from danang.portal import clock
from danang.portal import units
from datetime import date
from datetime import datetime
from plone import api
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

RECORD = "danang.portal.units.as_of"


def vocabulary(name, context):
    return getUtility(IVocabularyFactory, name)(context)


def titles(vocab):
    return {term.value: term.title for term in vocab}


def test_the_seed_site_lists_2019(portal):
    assert api.portal.get_registry_record(RECORD) == date(2019, 10, 2)
    wards = titles(vocabulary("danang.portal.Wards", portal))
    assert len(wards) == 56  # no former units before the changes
    assert wards["20236"] == "Phường Hải Châu I (Quận Hải Châu)"
    assert len(vocabulary("danang.portal.Districts", portal)) == 8
    assert len(vocabulary("danang.portal.Units", portal)) == 1 + 8 + 56


def test_january_2025(portal):
    api.portal.set_registry_record(RECORD, date(2025, 3, 1))
    wards = titles(vocabulary("danang.portal.Wards", portal))
    current = {value: title for value, title in wards.items() if "@" not in value}
    assert len(current) == 47
    assert current["20236"] == "Phường Hải Châu (Quận Hải Châu)"
    assert wards["20239@2019"] == "Phường Hải Châu II (nay là Phường Hải Châu)"
    assert len(vocabulary("danang.portal.Districts", portal)) == 8


def test_two_level_government(portal):
    api.portal.set_registry_record(RECORD, date(2025, 8, 1))
    assert len(vocabulary("danang.portal.Districts", portal)) == 0
    wards = titles(vocabulary("danang.portal.Wards", portal))
    current = {value: title for value, title in wards.items() if "@" not in value}
    assert len(current) == 94
    assert current["20194"] == "Phường Hải Vân"
    assert current["20333"] == "Đặc khu Hoàng Sa"
    assert wards["20194@2019"] == "Phường Hòa Hiệp Bắc (nay là Phường Hải Vân)"
    # Hòa Minh of 2019 (before its part went to Thanh Khê Tây) and of 2025-01: told apart by date.
    assert wards["20200@2019"] == "Phường Hòa Minh (nay thuộc Phường Hòa Khánh, Phường Thanh Khê), đến ngày 31/12/2024"
    assert wards["20200@2025-01"] == "Phường Hòa Minh (nay là Phường Hòa Khánh), đến ngày 30/06/2025"
    assert len(set(wards.values())) == len(wards)  # no two choices read the same
    assert "20236@2025-01" not in wards  # Hải Châu of 2025-01: "Phường Hải Châu" today is the choice
    assert wards["20341@2025-06"] == "Phường An Mỹ (nay là Phường Tam Kỳ)"  # a Quảng Nam address
    assert "20992@2025-06" not in wards  # Xã Tam Hải kept its name and code: only the current one


def test_an_emptied_day_means_today(portal, frozen):
    units.pin(None)
    assert api.portal.get_registry_record(RECORD) is None
    frozen(datetime(2025, 3, 1, 9, 0, tzinfo=clock.TIMEZONE))
    assert len([v for v in titles(vocabulary("danang.portal.Wards", portal)) if "@" not in v]) == 47


def test_a_dossier_keeps_the_units_of_its_day(portal, make_dossier):
    dossier = make_dossier()  # on the seed's day: ward 20227 Thanh Bình of 2019
    api.portal.set_registry_record(RECORD, date(2025, 8, 1))
    wards = titles(vocabulary("danang.portal.Wards", dossier))
    assert len(wards) == 56 and wards["20227"] == "Phường Thanh Bình (Quận Hải Châu)"
    assert len(titles(vocabulary("danang.portal.Wards", portal))) > 94


def test_the_search_facet_follows_the_site_day(portal):
    from danang.portal.catalogue.facets import FACETS

    facet = next(f for f in FACETS if f.name == "unit")
    assert len(list(facet.terms(portal))) == 1 + 8 + 56
    units.pin(date(2025, 8, 1))
    assert len(list(facet.terms(portal))) == 1 + 94

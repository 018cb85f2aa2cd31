"""The whole shipped catalogue loaded into a site, and its figures.

Loading takes minutes, so the layer is set up once for this class; zope.pytestlayer groups the
tests of a class with a ``layer`` attribute and tears the layer down afterwards, so the 1,580
services never show in other layers' tests.
"""

from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.search import search
from danang.portal.data.loader import load_all
from danang.portal.data.units import get_unit
from danang.portal.testing import CATALOGUE_INTEGRATION_TESTING
from plone import api
from tests.fixtures.citizen_queries import citizen_queries
from tests.fixtures.citizen_queries import TOP_3_GOAL

import pytest


def _find(**query):
    return api.content.find(unrestricted=True, **query)


def _count(**query):
    return len(_find(portal_type="Service", **query))


@pytest.mark.slow
class TestShippedCatalogue:
    layer = CATALOGUE_INTEGRATION_TESTING

    def test_everything_was_created_and_published(self, catalogue):
        report = catalogue["load_report"]
        assert report.counts["sectors"] == {"created": len(_find(portal_type="Sector"))}
        assert report.counts["agencies"] == {"created": 85}
        assert report.counts["services"] == {"created": 1580}
        for portal_type in ("Sector", "Agency", "Service"):
            assert {brain.review_state for brain in _find(portal_type=portal_type)} == {"published"}

    def test_the_2019_figures(self, catalogue):
        assert _count(levels="district") == 176
        assert _count(levels="district", online_level=[3, 4]) == 151
        assert _count(levels="ward") == 97
        assert _count(levels="ward", online_level=[3, 4]) == 80
        assert _count(online_level=[3, 4]) == 850
        assert _count(levels="city") == 1580 - 176 - 97

    def test_construction_permits_are_online(self, catalogue):
        permits = [b for b in _find(portal_type="Service") if "giấy phép xây dựng" in b.Title.lower()]
        assert permits
        assert all(brain.online_level >= 3 for brain in permits)
        at_level_2 = {b.code for b in _find(portal_type="Service", sector="hoat-dong-xay-dung", online_level=2)}
        assert at_level_2.isdisjoint({b.code for b in permits})

    def test_police_seal_services(self, catalogue):
        seals = _find(portal_type="Service", sector="con-dau")
        assert len(seals) == 5
        assert all(brain.online_level >= 3 for brain in seals)
        assert all(brain.agency == ["CATP"] for brain in seals)
        police = _find(portal_type="Agency", code="CATP")[0].getObject()
        assert police.kind == "police"

    def test_committees_with_codes_and_parents(self, catalogue):
        districts = _find(portal_type="Agency", agency_kind="district_committee")
        wards = _find(portal_type="Agency", agency_kind="ward_committee")
        assert len(districts) == 8
        assert len(wards) == 56
        district_committee = {brain.area_code: brain.code for brain in districts}
        for brain in wards:
            ward = brain.getObject()
            assert ward.parent_agency == district_committee[get_unit(ward.area_code)["parent"]]
            assert ward.dossier_unit_code.startswith("TAM.")
        # A district-level service is performed by the committees of the districts that have wards.
        (permit,) = _find(portal_type="Service", code="1.009130")
        assert sorted(permit.agency) == sorted(code for area, code in district_committee.items() if area != "498")

    def test_real_and_sample_records(self, catalogue):
        real = [brain for brain in _find(portal_type="Service") if not brain.sample]
        assert {"1.009130", "1.001193", "2.000806", "1.000419", "2.001263"} <= {brain.code for brain in real}
        (birth,) = _find(portal_type="Service", code="1.001193")
        assert birth.getObject().sample is False
        permit = _find(portal_type="Service", code="1.009130")[0].getObject()
        assert [relation.to_object.code for relation in permit.relatedItems] == ["1.899001"]

    def test_rerun_changes_nothing(self, catalogue):
        portal = catalogue["portal"]
        report = load_all(portal, progress=False)
        assert report.counts["services"] == {"unchanged": 1580}
        assert report.counts["agencies"] == {"unchanged": 85}
        assert report.total("created") == 0
        assert len(_find(portal_type="Service")) == 1580

    def test_citizen_queries_find_their_procedure_in_the_top_3(self, catalogue):
        misses = []
        queries = citizen_queries()
        for text, expected, kind in queries:
            results = search(criteria_from_form({"q": text}))
            first = [brain.code for brain in results.brains(0, 3)]
            if not expected & set(first):
                misses.append((kind, text, first))
        share = 1 - len(misses) / len(queries)
        assert share >= TOP_3_GOAL, misses

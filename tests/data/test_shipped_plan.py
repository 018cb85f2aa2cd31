"""The shipped plan of 1 July 2025 (data/plans/2025-07-01.json) on the shipped catalogue: it is
consistent, turns the 2019 structure into the 94 units of 2025, and the 2019 catalogue figures stay
reproducible for the seed's date."""

from danang.portal.devtools.reorganisation_plan import build
from danang.portal.reorganisation.operation import reorganise
from danang.portal.reorganisation.plan import checked_plan
from danang.portal.statistics.catalogue import catalogue_figures
from danang.portal.testing import CATALOGUE_INTEGRATION_TESTING
from datetime import date
from pathlib import Path
from plone import api

import danang.portal
import json
import pytest
import time

PLAN = Path(danang.portal.__file__).parent / "data" / "plans" / "2025-07-01.json"


def _levels(figures):
    return {item["level"]: (item["online"], item["total"]) for item in figures["by_level"]}


def test_the_shipped_plan_is_what_the_builder_makes():
    assert json.loads(PLAN.read_text(encoding="utf-8")) == build()


@pytest.mark.slow
class TestShippedPlan:
    layer = CATALOGUE_INTEGRATION_TESTING

    def test_reorganise_the_seed_site(self, catalogue):
        plan = checked_plan(PLAN, date(2025, 7, 1))
        seed = catalogue_figures()
        started = time.perf_counter()
        with api.env.adopt_roles(["Manager"]):
            report = reorganise(plan)
        seconds = time.perf_counter() - started
        print(f"\nshipped plan on the seed catalogue in {seconds:.1f} s: {report.counts()}")
        counts = report.counts()
        assert counts["agencies_created"] == 94 and counts["agencies_dissolved"] == 64
        assert counts["services_moved"] == 176
        assert _levels(seed) == {"city": _levels(seed)["city"], "district": (151, 176), "ward": (80, 97)}
        now = _levels(catalogue_figures())
        assert now["district"] == (0, 0)
        assert now["ward"][1] == len(api.content.find(portal_type="Service", levels="ward"))
        # The seed's figures, as of its date: 850 online services, district 151/176, ward 80/97.
        then = catalogue_figures(date(2019, 10, 2))
        assert _levels(then) == _levels(seed) and then["online"] == 850
        # A new ward performs the former district procedures; the dissolved committees none.
        permits = api.content.find(portal_type="Service", agency="UBND-20242-2025")
        assert len(permits) == now["ward"][1]
        assert len(api.content.find(portal_type="Service", agency="UBND-492")) == 0
        assert len(api.content.find(portal_type="Service", agency="UBND-20227")) == 0

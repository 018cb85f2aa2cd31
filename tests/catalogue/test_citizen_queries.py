"""The citizen query set (bench/citizen-queries.csv) over the whole shipped catalogue: at least
90 % of the queries find their procedure in the top 3. Loading takes minutes: marked slow."""

from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.search import search
from danang.portal.testing import CATALOGUE_INTEGRATION_TESTING
from pathlib import Path
from pytest_plone import fixtures_factory

import csv
import pytest

QUERIES = Path(__file__).resolve().parents[2] / "bench" / "citizen-queries.csv"
TOP_3_GOAL = 0.9

globals().update(fixtures_factory(((CATALOGUE_INTEGRATION_TESTING, "shipped"),), keep_session=False))


def _queries():
    with QUERIES.open(encoding="utf-8") as handle:
        return [(row["query"], set(row["code"].split("|")), row["kind"]) for row in csv.DictReader(handle)]


def test_the_set_covers_every_kind_and_the_main_sectors():
    with QUERIES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 100
    assert {"synonym", "sentence", "variant", "typo", "ranking", "plain", "code"} <= {row["kind"] for row in rows}
    assert len({row["sector"] for row in rows}) >= 20


@pytest.mark.slow
class TestCitizenQueries:
    layer = CATALOGUE_INTEGRATION_TESTING

    def test_top_3(self, shipped):
        misses = []
        queries = _queries()
        for text, expected, kind in queries:
            results = search(criteria_from_form({"q": text}))
            first = [brain.code for brain in results.brains(0, 3)]
            if not expected & set(first):
                misses.append((kind, text, first))
        share = 1 - len(misses) / len(queries)
        assert share >= TOP_3_GOAL, misses

"""The citizen query set (bench/citizen-queries.csv): what it covers. Its goal over the whole shipped
catalogue (at least 90 % of the queries find their procedure in the top 3) is checked with the
other figures of the shipped catalogue in tests/data/test_catalogue.py, which loads it once."""

from tests.fixtures.citizen_queries import rows


def test_the_set_covers_every_kind_and_the_main_sectors():
    queries = rows()
    assert len(queries) >= 100
    assert {"synonym", "sentence", "variant", "typo", "ranking", "plain", "code"} <= {row["kind"] for row in queries}
    assert len({row["sector"] for row in queries}) >= 20

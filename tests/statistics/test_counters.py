"""The incremental counters: equal to a rebuild after any series of events, merged on conflicts."""

from danang.portal.statistics.install import install
from danang.portal.statistics.period import parse_period
from danang.portal.statistics.report import table
from danang.portal.statistics.store import get_store
from danang.portal.statistics.store import rebuild
from danang.portal.statistics.store import STORE_KEY
from danang.portal.statistics.tally import Tally
from danang.portal.workflow.apology import issue_apology
from plone import api
from tests.fixtures.statistics_data import at
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage
from zope.annotation.interfaces import IAnnotations

import pytest
import transaction


def snapshot(store):
    return (
        {key: dict(tally.items()) for key, tally in store.tallies.items() if tally},
        set(store.live),
        dict(store.ledger.items()),
    )


def test_incremental_counters_equal_a_rebuild(portal, dossiers):
    incremental = snapshot(get_store())
    assert incremental[0] and incremental[1] and incremental[2]
    rebuilt = snapshot(rebuild(portal))
    assert incremental == rebuilt


def test_counters_follow_later_transitions_and_removal(portal, dossiers, driver):
    """More events after the fixture (supply of a paused dossier, finishing an overdue one,
    deleting one, an apology letter) and the counters still equal a rebuild."""
    driver.act(dossiers["D6"], "attach_supplement", at(2025, 4, 10, 9))
    driver.act(dossiers["D6"], "supply", at(2025, 4, 10, 10))
    driver.finish(dossiers["D3"], at(2025, 4, 11, 9))
    driver.freeze(at(2025, 4, 11, 10))
    issue_apology(dossiers["D4"], at(2025, 5, 30, 17), "Cần xác minh thêm", moment=at(2025, 4, 11, 10))
    api.content.delete(dossiers["D12"], check_linkintegrity=False)
    assert snapshot(get_store()) == snapshot(rebuild(portal))
    april = table(get_store(), parse_period({"period": "month", "year": "2025", "month": "4"}, at(2025, 4, 11, 11)))
    rows = {row["code"]: row for group in april["groups"] for row in group["rows"]}
    assert rows["SXD"]["late"] == 1 and rows["SXD"]["running_overdue"] == 0
    assert rows["UBND-492"]["paused_within"] == 0 and rows["UBND-492"]["running_within"] == 1
    assert rows["UBND-20230"]["carried"] == 1  # D12 deleted: gone from every figure


def test_apology_letter_does_not_make_a_late_dossier_on_time(portal, dossiers, driver):
    """D3 (SXD, due 25/3) gets a letter moving its date to 30/4; finished 15/4 it is still late."""
    driver.freeze(at(2025, 4, 10, 10))
    issue_apology(dossiers["D3"], at(2025, 4, 30, 17), "Chờ ý kiến cơ quan phối hợp", moment=at(2025, 4, 10, 10))
    driver.finish(dossiers["D3"], at(2025, 4, 15, 9))
    april = table(get_store(), parse_period({"period": "month", "year": "2025", "month": "4"}, at(2025, 4, 16, 9)))
    sxd = [row for group in april["groups"] for row in group["rows"] if row["code"] == "SXD"][0]
    assert sxd["late"] == 1 and sxd["on_time"] == 0


def test_install_counts_existing_dossiers_and_is_idempotent(portal, dossiers):
    expected = snapshot(get_store())
    del IAnnotations(portal)[STORE_KEY]
    store = install(portal)
    assert snapshot(store) == expected
    assert install(portal) is store


def test_new_dossiers_do_not_create_the_store(portal, driver):
    """Nothing counts before acceptance: a submission alone writes nothing."""
    IAnnotations(portal).pop(STORE_KEY, None)
    driver.new("city", "SXD", "online", at(2025, 3, 3, 9))
    assert STORE_KEY not in IAnnotations(portal)


def test_tally_merges_concurrent_changes(tmp_path):
    """Two transactions change the same month's tally at once: both commit, changes added up."""
    # FileStorage, as in production: it resolves conflicts (MappingStorage does not).
    db = DB(FileStorage(str(tmp_path / "Data.fs")))
    try:
        first_tm, second_tm = transaction.TransactionManager(), transaction.TransactionManager()
        first, second = db.open(first_tm), db.open(second_tm)
        first.root()["tally"] = Tally()
        first.root()["tally"].add({"received_online": 5, "late": 1})
        first_tm.commit()
        second_tm.begin()
        a, b = first.root()["tally"], second.root()["tally"]
        a.add({"received_online": 1, "early": 2})
        b.add({"received_online": 1, "late": -1, "on_time": 1})
        first_tm.commit()
        second_tm.commit()  # resolved, not a ConflictError
        check = db.open()
        assert dict(check.root()["tally"].items()) == {"received_online": 7, "early": 2, "on_time": 1}
        check.close()
        first.close()
        second.close()
    finally:
        db.close()


@pytest.mark.parametrize("deltas, expected", [({"a": 1}, {"a": 1}), ({"a": 1, "b": 0}, {"a": 1})])
def test_tally_drops_zero_counters(deltas, expected):
    tally = Tally()
    tally.add(deltas)
    assert dict(tally.items()) == expected
    tally.add({"a": -1})
    assert not tally


def test_site_installs_the_counters_and_the_footer_link(portal):
    assert get_store(portal) is not None
    action = portal.portal_actions.site_actions.statistics
    assert action.getProperty("url_expr") == "string:${portal_url}/thong-ke" and action.visible

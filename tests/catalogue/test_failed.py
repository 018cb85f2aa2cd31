"""Failed searches (catalogue/failed.py): counted by their words only, bounded, and safe when
many visitors fail at the same moment (real ZODB, concurrent transactions)."""

from danang.portal.catalogue import failed
from danang.portal.catalogue.failed import FailedSearches
from ZODB.FileStorage import FileStorage

import transaction
import ZODB


def test_counts_by_words_shows_the_first_spelling():
    store = FailedSearches()
    store.record("Sổ  Đỏ")
    store.record("so do")
    store.record("bằng lái")
    assert store.items() == [("so do", "sổ đỏ", 2), ("bang lai", "bằng lái", 1)]
    assert store.total() == 3 and store.distinct() == 2
    assert store.forget("so do") and not store.forget("so do")
    assert store.total() == 1 and store.distinct() == 1


def test_nothing_but_the_words_is_kept():
    store = FailedSearches()
    store.record("giấy phép ???")
    assert set(vars(store)) == {"counts", "shown", "total", "distinct", "dropped"}
    assert list(store.shown.values()) == ["giấy phép ???"]


def test_bounded(monkeypatch):
    monkeypatch.setattr(failed, "MAX_QUERIES", 2)
    store = FailedSearches()
    for text in ("một", "hai", "ba", "ba", "một"):
        store.record(text)
    assert [item[1] for item in store.items()] == ["một", "hai"]
    assert store.dropped() == 2 and store.total() == 5


def test_concurrent_failures_commit_without_conflict(tmp_path):
    db = ZODB.DB(FileStorage(str(tmp_path / "Data.fs")))
    try:
        managers = [transaction.TransactionManager() for _ in range(2)]
        connections = [db.open(transaction_manager=manager) for manager in managers]
        root = connections[0].root()
        root["store"] = FailedSearches()
        root["store"].record("sổ đỏ")
        managers[0].commit()
        connections[1].sync()
        stores = [connection.root()["store"] for connection in connections]
        # Both visitors fail on the same known query, and each on a new one, at the same time.
        stores[0].record("sổ đỏ")
        stores[0].record("bằng lái")
        stores[1].record("sổ đỏ")
        stores[1].record("khắc dấu")
        managers[0].commit()
        managers[1].commit()  # resolved: Length adds, the tree takes both new keys
        check = db.open()
        store = check.root()["store"]
        assert {key: count for key, _, count in store.items()} == {"so do": 3, "bang lai": 1, "khac dau": 1}
        assert store.total() == 5 and store.distinct() == 3
        check.close()
        for connection in connections:
            connection.close()
    finally:
        db.close()

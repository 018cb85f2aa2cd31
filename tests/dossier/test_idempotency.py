"""The idempotency store: a key finds the first dossier, per submitter, until it expires."""

from danang.portal.dossier import idempotency
from danang.portal.dossier.idempotency import InvalidIdempotencyKey
from ZODB.POSException import ConflictError

import pytest
import transaction

KEY = "7f9c2b1e-5d4a-4e8b-9a31-0c6f2d8e4b17"


def test_a_key_finds_the_first_dossier_of_its_submitter(portal):
    container = portal["ho-so"]
    assert idempotency.recall(container, "citizen-1", KEY) is None
    idempotency.remember(container, "citizen-1", KEY, "uid-1", now=1000)
    assert idempotency.recall(container, "citizen-1", f"  {KEY} ", now=2000) == "uid-1"
    # Another submitter's same key is another key.
    assert idempotency.recall(container, "citizen-2", KEY, now=2000) is None


def test_keys_expire_and_are_cleaned_up(portal):
    container = portal["ho-so"]
    idempotency.remember(container, "citizen-1", KEY, "uid-1", now=1000)
    later = 1000 + idempotency.LIFETIME.total_seconds()
    assert idempotency.recall(container, "citizen-1", KEY, now=later - 1) == "uid-1"
    assert idempotency.recall(container, "citizen-1", KEY, now=later) is None
    assert idempotency.forget_expired(container, now=later) == 1
    assert idempotency.forget_expired(container, now=later) == 0


@pytest.mark.parametrize("bad", ["", "short", "x" * 129, "có dấu-12345", "a b c d e f g h", None])
def test_bad_keys_are_refused_with_a_message(portal, bad):
    with pytest.raises(InvalidIdempotencyKey) as error:
        idempotency.recall(portal["ho-so"], "citizen-1", bad)
    assert "8 đến 128" in error.value.message.default


def test_two_tries_with_one_key_at_once_conflict_and_the_retry_finds_the_first(dossier_server):
    db = dossier_server["zodbDB"]
    managers = [transaction.TransactionManager(), transaction.TransactionManager()]
    first, second = (db.open(transaction_manager=manager) for manager in managers)
    try:
        roots = [connection.root()["Application"]["plone"]["ho-so"] for connection in (first, second)]
        for manager in managers:
            manager.begin()
        # The store exists, so the two tries only insert their key.
        idempotency.remember(roots[0], "setup", "setup-key-0001", "uid-0")
        managers[0].commit()
        for manager in managers:
            manager.begin()
        idempotency.remember(roots[0], "citizen-1", KEY, "uid-first")
        idempotency.remember(roots[1], "citizen-1", KEY, "uid-second")
        managers[0].commit()
        with pytest.raises(ConflictError):
            managers[1].commit()
        managers[1].abort()
        managers[1].begin()
        assert idempotency.recall(roots[1], "citizen-1", KEY) == "uid-first"
    finally:
        first.close()
        second.close()

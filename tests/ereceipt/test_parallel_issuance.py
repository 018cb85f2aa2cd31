"""Receipt numbers stay unique and gap-free when payments are confirmed at the same moment:
real server threads, the real publisher's conflict retries."""

from concurrent.futures import ThreadPoolExecutor
from danang.portal.dossier import sequence_counters
from danang.portal.dossier.finding import find_dossier
from danang.portal.dossier.storage import dossier_root
from danang.portal.ereceipt.numbering import next_number
from danang.portal.ereceipt.store import number_index
from danang.portal.ereceipt.store import receipts_of
from ereceipt_server import ATTEMPTS
from ereceipt_server import ERECEIPT_SERVER_TESTING
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from pytest_plone import fixtures_factory
from tests.fixtures.dossier_server import configured_retries
from ZODB.POSException import ConflictError
from ZPublisher.HTTPRequest import HTTPRequest

import collections
import pytest
import requests
import transaction

globals().update(fixtures_factory(((ERECEIPT_SERVER_TESTING, "ereceipt_server"),), keep_session=False))

THREADS = 6
PER_THREAD = 5


@pytest.fixture
def issue(ereceipt_server, monkeypatch):
    """``issue(payment_ids)``: POST each id from its own thread; returns the answers."""
    url = f"http://{ereceipt_server['host']}:{ereceipt_server['port']}/plone/@@test-issue-receipt"
    codes = ereceipt_server["dossier_codes"]
    # The portal's max-conflict-retries (instance/zope.conf.in), as tests/dossier does.
    monkeypatch.setattr(HTTPRequest, "retry_max_count", configured_retries())
    ATTEMPTS["count"] = 0

    def post_all(batch):
        answers = []
        with requests.Session() as session:
            session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
            for index, payment_id in batch:
                response = session.post(url, data={"code": codes[index % len(codes)], "payment": payment_id}, timeout=60)
                assert response.status_code == 200, response.text[:500]
                answers.append(response.json())
        return answers

    def run(batches):
        with ThreadPoolExecutor(len(batches)) as pool:
            return [answer for answers in pool.map(post_all, batches) for answer in answers]

    return run


def test_parallel_payments_get_unique_gap_free_numbers(ereceipt_server, issue):
    batches = [[(thread * PER_THREAD + index, f"pay-{thread}-{index}") for index in range(PER_THREAD)]
               for thread in range(THREADS)]
    answers = issue(batches)

    total = THREADS * PER_THREAD
    assert len(answers) == total
    symbols = {answer["symbol"] for answer in answers}
    assert len(symbols) == 1 and symbols.pop().startswith("SXD-")
    numbers = sorted(int(answer["number"]) for answer in answers)
    assert numbers == list(range(1, total + 1)), collections.Counter(numbers).most_common(3)
    assert ATTEMPTS["count"] >= total
    print(f"{total} receipts, {ATTEMPTS['count'] - total} retried attempts")

    # Every receipt is stored on its dossier and in the number index.
    transaction.begin()
    stored = [receipt for code in ereceipt_server["dossier_codes"] for receipt in receipts_of(find_dossier(code))]
    assert sorted(int(receipt["number"]) for receipt in stored) == list(range(1, total + 1))
    assert len(number_index(dossier_root(ereceipt_server["portal"]))) == total


def test_one_payment_confirmed_twice_at_once_gets_one_receipt(ereceipt_server, issue):
    # A gateway callback and the citizen's return page confirming the same payment together.
    answers = issue([[(0, "pay-same")] for _ in range(THREADS)])
    assert len({(answer["symbol"], answer["number"]) for answer in answers}) == 1
    transaction.begin()
    [receipt] = receipts_of(find_dossier(ereceipt_server["dossier_codes"][0]))
    assert receipt["payment_id"] == "pay-same"


def test_two_transactions_taking_a_number_conflict_and_the_retry_takes_the_next(ereceipt_server):
    """What the publisher's retry relies on, without timing, when two processes (no shared memory:
    one process gives distinct numbers, dossier/sequence_counters.py) take a number from the same
    state: the second commit must fail."""
    db = ereceipt_server["zodbDB"]

    def root_of(connection):
        return connection.root()["Application"]["plone"]["ho-so"]

    setup = transaction.TransactionManager()
    connection = db.open(transaction_manager=setup)
    next_number(root_of(connection), "RACE-25E")  # the symbol's counter exists: 1
    setup.commit()
    connection.close()

    first_tm, second_tm = transaction.TransactionManager(), transaction.TransactionManager()
    first, second = db.open(transaction_manager=first_tm), db.open(transaction_manager=second_tm)
    try:
        first_tm.begin()
        second_tm.begin()
        assert next_number(root_of(first), "RACE-25E") == 2
        sequence_counters._issued.clear()  # as if the second connection were another process
        assert next_number(root_of(second), "RACE-25E") == 2  # same snapshot, same number
        first_tm.commit()
        with pytest.raises(ConflictError):
            second_tm.commit()
        second_tm.abort()
        second_tm.begin()
        assert next_number(root_of(second), "RACE-25E") == 3
        second_tm.commit()
    finally:
        first.close()
        second.close()

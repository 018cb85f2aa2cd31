"""Dossier codes stay unique when many submissions race: real server threads, and two connections."""

from concurrent.futures import ThreadPoolExecutor
from danang.portal.dossier import sequence_counters
from danang.portal.dossier.numbering import COUNTERS_KEY
from danang.portal.dossier.numbering import DailyCounter
from danang.portal.dossier.numbering import next_sequence
from danang.portal.dossier.numbering import parse_dossier_code
from datetime import date
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.dossier_server import ATTEMPTS
from tests.fixtures.dossier_server import configured_retries
from ZODB.POSException import ConflictError
from ZPublisher.HTTPRequest import HTTPRequest

import collections
import contextlib
import pytest
import requests
import statistics
import threading
import time
import transaction

THREADS = 6
PER_THREAD = 5
READERS = 2
# Loose bounds, so that a busy test machine does not fail them: bench/throughput.py holds the
# strict numbers. Before dossier codes stopped conflicting, requests waited minutes on retries.
MAX_SUBMISSION_SECONDS = 20
MAX_READ_SECONDS = 20


def test_parallel_submissions_against_a_real_server(dossier_server, monkeypatch):
    base = f"http://{dossier_server['host']}:{dossier_server['port']}/plone"
    url = f"{base}/@@test-submit-dossier"
    ATTEMPTS["count"] = 0
    # Serve with the portal's max-conflict-retries (instance/zope.conf.in), with its short pauses.
    monkeypatch.setattr(HTTPRequest, "retry_max_count", configured_retries())
    done = threading.Event()
    submission_seconds, read_seconds = [], []

    def submit(thread):
        answers = []
        with requests.Session() as session:
            session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
            for index in range(PER_THREAD):
                started = time.monotonic()
                response = session.post(url, data={"n": f"{thread}-{index}"}, timeout=60)
                submission_seconds.append(time.monotonic() - started)
                assert response.status_code == 200, response.text[:500]
                answers.append(response.json())
        return answers

    def read(_):
        # Visitors reading pages while the submissions run (a mixed load).
        reads = 0
        with requests.Session() as session:
            while not done.is_set() or reads == 0:
                started = time.monotonic()
                response = session.get(base, timeout=60)
                read_seconds.append(time.monotonic() - started)
                assert response.status_code == 200
                reads += 1
        return reads

    # One visit first: two threads compiling the same page template at once trip CPython 3.11.7
    # ("AST constructor recursion depth mismatch", fixed in 3.11.8); not what this test is about.
    assert requests.get(base, timeout=120).status_code == 200
    with ThreadPoolExecutor(THREADS + READERS) as pool:
        readers = [pool.submit(read, number) for number in range(READERS)]
        try:
            batches = list(pool.map(submit, range(THREADS)))
        finally:
            # Also when a submission failed: the readers stop, and the failure is reported.
            done.set()
        assert all(reader.result() for reader in readers)
    answers = [answer for batch in batches for answer in batch]
    assert max(submission_seconds) < MAX_SUBMISSION_SECONDS, sorted(submission_seconds)[-3:]
    assert max(read_seconds) < MAX_READ_SECONDS, sorted(read_seconds)[-3:]
    # Readers are not starved by the submissions: most reads stay short.
    assert statistics.median(read_seconds) < MAX_READ_SECONDS / 4, statistics.median(read_seconds)

    total = THREADS * PER_THREAD
    codes = [answer["code"] for answer in answers]
    assert len(codes) == total
    assert len(set(codes)) == total, collections.Counter(codes).most_common(3)
    # Per unit and day the sequence has no gap: 0001..N (a retried request took its number again).
    by_day = collections.defaultdict(list)
    for code in codes:
        unit, day, sequence = parse_dossier_code(code)
        assert unit == "T-SXD"
        by_day[day].append(sequence)
    for sequences in by_day.values():
        assert sorted(sequences) == list(range(1, len(sequences) + 1))
    # In order: each client's later submission has a higher number than its earlier ones, but
    # for a number given back by a retried attempt, which goes to the next submission
    # (docs/numbering.md "In order"): such a number may come below an earlier one of the client.
    retried = ATTEMPTS["count"] - total
    late = 0
    for batch in batches:
        sequences = [parse_dossier_code(answer["code"])[2] for answer in batch]
        assert len(set(sequences)) == len(sequences), sequences
        late += sum(1 for index, number in enumerate(sequences) if number < max(sequences[: index + 1]))
    assert late <= retried, (late, retried, [[answer["code"] for answer in batch] for batch in batches])
    # The publisher retried the requests that conflicted (how many depends on timing).
    assert retried >= 0
    print(f"{total} dossiers, {retried} retried attempts, {late} given-back numbers out of order")

    # Every dossier is stored, indexed and holds its file.
    portal = dossier_server["portal"]
    transaction.begin()  # see what the server's threads committed
    catalog = portal.portal_catalog
    brains = catalog.unrestrictedSearchResults(portal_type="Dossier")
    assert sorted(brain.dossier_code for brain in brains) == sorted(codes)
    for answer in answers:
        dossier = portal.unrestrictedTraverse(answer["path"])
        assert dossier.dossier_code == answer["code"]
        assert dossier.answers["n"] in dossier.files()[0].file.filename


def root_of(connection):
    return connection.root()["Application"]["plone"]["ho-so"]


@contextlib.contextmanager
def two_connections(db, unit, day):
    """Two connections, each in a transaction begun after the day's counter of ``unit`` gave 1."""
    setup = transaction.TransactionManager()
    connection = db.open(transaction_manager=setup)
    next_sequence(root_of(connection), unit, day)
    setup.commit()
    connection.close()
    first_tm, second_tm = transaction.TransactionManager(), transaction.TransactionManager()
    first, second = db.open(transaction_manager=first_tm), db.open(transaction_manager=second_tm)
    try:
        first_tm.begin()
        second_tm.begin()
        yield first_tm, first, second_tm, second
    finally:
        first.close()
        second.close()


def test_concurrent_increments_in_one_process_take_distinct_numbers_and_both_commit(dossier_server):
    """Two connections of one process take a number from the same counter at once: no conflict."""
    day = date(2025, 3, 4)
    with two_connections(dossier_server["zodbDB"], "T-SAME", day) as (first_tm, first, second_tm, second):
        assert next_sequence(root_of(first), "T-SAME", day) == 2
        assert next_sequence(root_of(second), "T-SAME", day) == 3  # same snapshot, next number
        second_tm.commit()
        first_tm.commit()  # the counter merges both writes
        first_tm.begin()
        counter = root_of(first).__annotations__[COUNTERS_KEY][f"T-SAME|{day:%Y%m%d}"]
        assert (counter.value, counter.recent) == (3, (1, 2, 3))
        # A number given back by a failed transaction goes to the next taker: no gap.
        assert next_sequence(root_of(first), "T-SAME", day) == 4
        first_tm.abort()
        second_tm.begin()
        assert next_sequence(root_of(second), "T-SAME", day) == 4
        second_tm.commit()


def test_concurrent_increments_conflict_and_the_retry_takes_the_next_number(dossier_server):
    """Two processes (no shared memory) take a number from the same counter: the second commit
    must fail."""
    day = date(2025, 3, 3)
    with two_connections(dossier_server["zodbDB"], "T-RACE", day) as (first_tm, first, second_tm, second):
        assert next_sequence(root_of(first), "T-RACE", day) == 2
        sequence_counters._issued.clear()  # as if the second connection were another process
        assert next_sequence(root_of(second), "T-RACE", day) == 2  # same snapshot, same number
        first_tm.commit()
        with pytest.raises(ConflictError):
            second_tm.commit()  # a counter that only added increments would have let both commit "2"
        second_tm.abort()
        # What the publisher does: run the transaction again, on fresh data.
        second_tm.begin()
        assert next_sequence(root_of(second), "T-RACE", day) == 3
        second_tm.commit()


def test_counter_resolves_only_distinct_numbers():
    # BTrees.Length would merge any concurrent increments (dossier/sequence_counters.py).
    counter = DailyCounter()
    old = {"value": 41}
    merged = counter._p_resolveConflict(old, {"value": 42, "recent": (42,)}, {"value": 43, "recent": (43,)})
    assert merged == {"value": 43, "recent": (42, 43)}
    with pytest.raises(ConflictError):
        counter._p_resolveConflict(old, {"value": 42, "recent": (42,)}, {"value": 42, "recent": (42,)})

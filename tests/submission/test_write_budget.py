"""What one submission writes to the database, measured from the storage: its transaction and
the outbox's that signs its slip stay within a loose bound (bench/throughput.py holds the goal,
40 KB, on a realistic catalog); no intids for the dossier and its file."""

from danang.portal import outbox
from danang.portal.submission.service import Submission
from danang.portal.submission.service import submit
from plone.app.testing import logout
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.workflow_people import as_user
from ZODB.utils import p64
from ZODB.utils import u64
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest
import transaction

BOUND = 60 * 1024


@pytest.fixture
def portal(functional):
    """Committed transactions, as in production (the catalogue and people with the first one)."""
    return functional["portal"]


def written_since(storage, tid):
    """Bytes of the data records committed after ``tid`` and the number of transactions."""
    size = transactions = 0
    for txn in storage.iterator(p64(u64(tid) + 1)):
        transactions += 1
        size += sum(len(record.data or b"") for record in txn)
    return size, transactions


def test_a_submission_writes_less_than_the_bound(portal, services, people):
    as_user(portal, "citizen")
    submit(Submission(services["city"], dict(APPLICANT), files=[pdf_upload()]))  # the first builds trees
    transaction.commit()
    assert outbox.OUTBOX.wait_sent(60)
    storage = portal._p_jar.db().storage
    transaction.begin()
    before = storage.lastTransaction()
    dossier = submit(Submission(services["city"], dict(APPLICANT), files=[pdf_upload()]))
    transaction.commit()
    assert outbox.OUTBOX.wait_sent(60)
    logout()
    transaction.begin()
    size, transactions = written_since(storage, before)
    assert transactions == 2  # the submission, then the signed slip
    assert [record["kind"] for record in dossier.signatures] == ["receipt"]
    print(f"written: {size / 1024:.1f} KB")
    assert size < BOUND, f"{size / 1024:.1f} KB"
    intids = getUtility(IIntIds)
    assert intids.queryId(dossier) is None and intids.queryId(dossier.files()[0]) is None

"""The outbox (national/outbox.py, subscribers.py): events written in the transaction of the change,
delivered by the worker in order per dossier, with back-off, dead letters, and nothing lost or
sent twice across a crash."""

from danang.portal import clock
from danang.portal.background import lease
from danang.portal.national import outbox
from danang.portal.national.sync_figures import sync_shares
from danang.portal.national.worker import deliver_all
from danang.portal.national.worker import delivery_job
from datetime import timedelta
from tests.fixtures.driving import step
from tests.fixtures.national import database
from tests.fixtures.national import outbox_state
from tests.fixtures.national import run_worker

import pytest
import requests
import transaction


def test_each_change_is_written_to_the_outbox_with_it(portal, make_dossier):
    dossier = make_dossier()
    step(portal, dossier, "accept")
    step(portal, dossier, "start")
    box = outbox.outbox_of(portal)
    events = [box.events[key] for key in box.pending]
    assert [(e.seq, e.kind, e.message["service"]) for e in events] == [
        (1, "created", "DongBoHoSoMC"),
        (2, "accept", "CapNhatTienDoHoSoMC"),
        (3, "start_processing", "CapNhatTienDoHoSoMC"),
    ]
    assert events[0].message["data"][0]["MaHoSo"] == dossier.dossier_code
    assert events[0].message["data"][0]["TrangThaiHoSo"] == "1"
    assert [e.message["data"][0].get("TrangThai") for e in events[1:]] == ["2", "4"]
    assert len({e.idempotency_key for e in events}) == 3
    assert box.pending_count() == 3


def test_a_change_that_is_rolled_back_leaves_no_event(portal, make_dossier):
    dossier = make_dossier()
    savepoint = transaction.savepoint()
    step(portal, dossier, "accept")
    savepoint.rollback()
    box = outbox.outbox_of(portal)
    assert [box.events[key].kind for key in box.pending] == ["created"]


def test_events_survive_a_crash_and_are_delivered_once(live, simulator, live_dossier):
    """A committed outbox and no worker (the process died); a worker started later on a new
    connection delivers everything. A worker killed after the portal answered but before its
    commit sends again: the receiver honours the key and applies each event once."""
    portal = live["portal"]
    dossier = live_dossier()
    step(portal, dossier, "accept")
    transaction.commit()
    code = dossier.dossier_code
    assert simulator.received == []

    class Killed(BaseException):
        """The process dies right after the national portal answered."""

    class DyingSession(requests.Session):
        def post(self, *args, **kwargs):
            super().post(*args, **kwargs)
            raise Killed

    job = delivery_job(database(portal), holder="instance-1")
    with pytest.raises(Killed):
        connection = database(portal).open(transaction_manager=transaction.TransactionManager())
        try:
            assert lease.claim(connection, job.name, job.holder, 60)
            deliver_all(connection, session=DyingSession())
        finally:
            connection.transaction_manager.abort()
            connection.close()
    assert len(simulator.received) == 1  # the portal applied the first event...
    assert [state for *_, state in outbox_state(portal)] == ["pending", "pending"]  # ...we never knew

    # Restarted, another instance (after the dead one's lease expired) delivers both.
    connection = database(portal).open(transaction_manager=transaction.TransactionManager())
    connection.transaction_manager.begin()
    lease.release(connection.root(), job.name, job.holder)
    connection.transaction_manager.commit()
    connection.close()
    assert run_worker(portal, holder="instance-2")
    assert [state for *_, state in outbox_state(portal)] == ["delivered", "delivered"]
    assert simulator.requests == 3  # the first event twice, the second once
    assert [m["service"] for m in simulator.received] == ["DongBoHoSoMC", "CapNhatTienDoHoSoMC"]
    assert simulator.statuses(code) == [2]
    assert simulator.dossiers[code]["record"]["TrangThaiHoSo"] == "1"
    # Nothing left: a further round sends nothing.
    assert run_worker(portal, holder="instance-2")
    assert simulator.requests == 3


def test_one_instance_delivers_at_a_time(live, simulator, live_dossier):
    live_dossier()
    transaction.commit()
    db = database(live["portal"])
    first = delivery_job(db, holder="instance-1")
    second = delivery_job(db, holder="instance-2")
    assert first.run_once()
    assert not second.run_once()  # the lease is the first's until it expires
    connection = db.open(transaction_manager=transaction.TransactionManager())
    later = clock.now().timestamp() + 61
    assert lease.claim(connection, first.name, "instance-2", 60, now=later)
    connection.close()


def test_order_per_dossier_back_off_and_dead_letters(live, simulator, live_dossier, frozen):
    """The portal is down: attempts wait 1, 2 s...; after 3 failures the event is a dead letter
    and the dossier's later events wait behind it; other dossiers go on. Retried, it goes first."""
    portal = live["portal"]
    start = clock.now()
    frozen(start)
    first = live_dossier()
    step(portal, first, "accept")
    transaction.commit()
    simulator.down = True
    assert run_worker(portal)
    box_events = lambda: sorted(outbox.outbox_of(portal).events.values(), key=lambda e: (e.dossier_code, e.seq))  # noqa: E731
    transaction.begin()
    created, accepted = box_events()
    assert (created.attempts, created.next_attempt - start.timestamp()) == (1, 1)
    assert accepted.attempts == 0  # never sent before the creation
    assert simulator.requests == 1

    run_worker(portal)  # not due yet: nothing sent
    assert simulator.requests == 1
    frozen(start + timedelta(seconds=1))
    run_worker(portal)
    transaction.begin()
    assert (created.attempts, created.next_attempt - start.timestamp()) == (2, 1 + 2)
    frozen(start + timedelta(seconds=3))
    run_worker(portal)
    transaction.begin()
    assert created.state == outbox.DEAD and created.attempts == 3
    assert "HTTP 503" in created.last_error

    # Another dossier is not held back by the first one's dead letter.
    simulator.down = False
    second = live_dossier()
    transaction.commit()
    run_worker(portal)
    assert [m["data"][0]["MaHoSo"] for m in simulator.received] == [second.dossier_code]
    frozen(start + timedelta(hours=5))
    run_worker(portal)
    transaction.begin()
    assert accepted.state == outbox.PENDING and accepted.attempts == 0

    # Statistics (national/sync_figures.py): the first dossier failed, the second on time.
    shares = sync_shares(portal)
    assert [(row["unit"], row["failed"], row["on_time"]) for row in shares["units"]] == [("SXD", 1, 1)]
    assert shares["total"]["synchronised_percent"] == 50.0

    outbox.retry(outbox.outbox_of(portal), created, clock.now().timestamp())
    transaction.commit()
    run_worker(portal)
    transaction.begin()
    assert (created.state, accepted.state) == (outbox.DELIVERED, outbox.DELIVERED)
    assert [m["data"][0]["MaHoSo"] for m in simulator.received] == [second.dossier_code, first.dossier_code, first.dossier_code]
    assert [m["service"] for m in simulator.received[1:]] == ["DongBoHoSoMC", "CapNhatTienDoHoSoMC"]
    # The statistics follow (their cache is keyed by the outbox's changes): both synchronised now.
    assert sync_shares(portal)["total"]["synchronised_percent"] == 100.0


def test_supplement_requests_payments_and_results_are_written(portal, make_dossier):
    from danang.portal.payment.cash import record_cash
    from danang.portal.workflow.actions import perform
    from plone.app.testing import logout
    from tests.fixtures.workflow_people import as_user

    dossier = make_dossier()
    for name in ("accept", "start", "supplement", "upload_supplement", "supply"):
        step(portal, dossier, name)
    as_user(portal, "sxd-specialist")
    perform(dossier, "request_payment", comment="Lệ phí thẩm định", amount="75000")
    as_user(portal, "sxd-desk")
    record_cash(dossier, 75000, reference="PT-0042", recorded_by="sxd-desk")
    logout()
    for name in ("upload_result", "finish", "return"):
        step(portal, dossier, name)
    box = outbox.outbox_of(portal)
    events = sorted((box.events[key] for key in box.pending), key=lambda event: event.seq)
    assert [event.seq for event in events] == list(range(1, len(events) + 1))
    kinds = [event.kind for event in events]
    assert kinds[:5] == ["created", "accept", "start_processing", "request_supplement", "supply"]
    assert "paid" in kinds and kinds[-3:] == ["result:finished", "return_result", "result:returned"]
    supplement = events[3].message["data"][0]
    assert (supplement["TrangThai"], "Bản vẽ mặt bằng" in supplement["NoiDungXuLy"]) == ("5", True)
    paid = events[kinds.index("paid")].message
    assert (paid["service"], paid["isUpdating"]) == ("DongBoHoSoMC", True)
    assert [(fee["Gia"], fee["HinhThucThu"]) for fee in paid["data"][0]["DanhSachLePhi"]] == [(75000, "cash")]
    returned = events[-1].message["data"][0]
    assert returned["TrangThaiHoSo"] == "10" and returned["NgayTra"] and returned["DanhSachGiayToKetQua"]

"""The write turn (publisher/write_turn.py): one submission at a time, each from a fresh state."""

from danang.portal.publisher import write_turn

import threading
import time
import transaction


def test_a_second_transaction_waits_for_the_first_to_end_and_the_turn_comes_back():
    order = []
    first_holds = threading.Event()

    def first():
        transaction.begin()
        assert write_turn.take()
        assert write_turn.take()  # the same transaction again: already its turn
        first_holds.set()
        time.sleep(0.3)
        order.append("first ends")
        transaction.abort()

    def second():
        first_holds.wait(5)
        transaction.begin()
        assert write_turn.take(fresh=False)
        order.append("second has the turn")
        transaction.commit()  # no resource but the turn: gives it back

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert order == ["first ends", "second has the turn"]
    assert write_turn._turn.acquire(blocking=False)  # nobody holds it any more
    write_turn._turn.release()


def test_a_fresh_turn_starts_a_new_transaction_that_keeps_its_note_and_user():
    txn = transaction.begin()
    txn.note("/plone/@dossiers")
    txn.setUser("nguoi-nop")
    assert write_turn.take(fresh=True)
    fresh = transaction.get()
    assert fresh is not txn
    assert fresh.description == "/plone/@dossiers" and fresh.user == txn.user
    savepoint = transaction.savepoint()  # the submission's own savepoints still work
    savepoint.rollback()
    transaction.abort()
    assert write_turn._turn.acquire(blocking=False)
    write_turn._turn.release()

"""The outbox (outbox.py): jobs run after the commit, after a pause in a burst."""

from danang.portal import outbox

import time


def test_the_outbox_waits_for_a_pause_in_a_burst_and_sends_everything():
    sent = []
    box = outbox.Outbox(deliver=lambda number: sent.append((number, time.monotonic())))
    box.QUIET, box.MAX_DELAY = 0.2, 5
    started = time.monotonic()
    for number in range(5):  # a burst: one mail every 0.1 s
        box.put((number,))
        time.sleep(0.1)
    assert sent == []  # nothing while the burst goes on
    assert box.wait_sent(5) and len(box) == 0
    assert [number for number, _at in sent] == [0, 1, 2, 3, 4]
    box.put((5,))
    deadline = time.monotonic() + 5
    while len(sent) < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sent[-1][0] == 5 and sent[-1][1] - started >= 0.2


def test_an_outbox_under_a_steady_load_sends_within_its_longest_delay():
    sent = []
    box = outbox.Outbox(deliver=lambda number: sent.append(number))
    box.QUIET, box.MAX_DELAY = 0.5, 0.3
    for number in range(8):  # never a pause of QUIET
        box.put((number,))
        time.sleep(0.1)
    assert sent[:2] == [0, 1]

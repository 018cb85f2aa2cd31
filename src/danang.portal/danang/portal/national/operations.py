"""What administrators see and do about the exchange (``@@dong-bo-dvc-quoc-gia``, ``@national-sync``).

``summary()``: the outbox's length, its oldest pending event, the events failing (with their last
error) and the dead letters; ``act()``: retry an event now, give it up (dead letter), or discard a
dead letter so that its dossier's later events go on (outbox.py).
"""

from danang.portal.dossier.status import status_of_code
from danang.portal.national import outbox
from datetime import datetime

import zoneinfo

VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# Failing and dead events listed on the page and in the JSON (oldest first).
SHOWN = 200
ACTIONS = ("retry", "dead_letter", "discard")


def moment(seconds):
    return datetime.fromtimestamp(seconds, VIETNAM) if seconds else None


def _row(event):
    row = event.as_dict()
    item = (event.message.get("data") or [{}])[0]
    status = status_of_code(item.get("TrangThai") or item.get("TrangThaiHoSo"))
    row["status"] = {"code": status.code, "title": status.title} if status is not None else None
    for name in ("created", "next_attempt", "last_attempt", "delivered"):
        row[name] = moment(row[name])
    return row


def summary(portal, shown=SHOWN):
    box = outbox.outbox_of(portal, create=False)
    if box is None:
        return {"pending": 0, "oldest_pending": None, "failing": [], "failing_count": 0, "dead": [], "dead_count": 0,
                "blocked_dossiers": 0}
    pending = [box.events[key] for key in box.pending.keys()]
    failing = [event for event in pending if event.attempts]
    oldest = min(pending, key=lambda event: event.created, default=None)
    dead = [box.events[key] for key in box.dead.keys()]
    return {
        "pending": box.pending_count(),
        "oldest_pending": _row(oldest) if oldest is not None else None,
        "failing": [_row(event) for event in failing[:shown]],
        "failing_count": len(failing),
        "dead": [_row(event) for event in dead[:shown]],
        "dead_count": len(dead),
        "blocked_dossiers": len(box.blocked),
    }


def act(portal, action, key, now=None):
    """Apply ``action`` to the event ``key``; False when there is no such event or action."""
    box = outbox.outbox_of(portal, create=False)
    event = box.events.get(key) if box is not None else None
    if event is None or action not in ACTIONS:
        return False
    if action == "retry":
        outbox.retry(box, event, outbox.timestamp() if now is None else now)
    elif action == "dead_letter":
        outbox.dead_letter(box, event)
    else:
        outbox.discard(box, event)
    return True

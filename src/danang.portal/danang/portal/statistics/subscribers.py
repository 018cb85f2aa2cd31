"""Keep the counters in line with the dossiers: every event that can change a dossier's Facts.

Registered after workflow/ in the package's ZCML, so that on a transition the clock
(workflow/subscribers.py) has already set ``accepted``, the pauses and ``finished``.
"""

from danang.portal.statistics.store import forget
from danang.portal.statistics.store import update


def after_transition(dossier, event):
    if event.new_state is None:
        return
    update(dossier, event.new_state.id)


def rated(event):
    update(event.object)


def modified(dossier, event):
    # Edits by managers (receiving unit, channel) and additions of files; mostly nothing changes.
    update(dossier)


def removed(dossier, event):
    forget(dossier)

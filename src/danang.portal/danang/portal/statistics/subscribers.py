"""Keep the counters in line with the dossiers: every event that can change a dossier's Facts.

A status change arrives as the workflow's IDossierStatusChanged (dossier/events.py), fired after
the clock (workflow/subscribers.py) has set ``accepted``, the pauses and ``finished``.
"""

from danang.portal.statistics.store import forget
from danang.portal.statistics.store import update


def status_changed(dossier, event):
    update(dossier, event.new_state)


def rated(event):
    update(event.object)


def modified(dossier, event):
    # Edits by managers (receiving unit, channel) and additions of files; mostly nothing changes.
    update(dossier)


def removed(dossier, event):
    forget(dossier)

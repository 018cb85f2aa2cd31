"""Keep the counters in line with the dossiers: every event that can change a dossier's Facts.

A status change arrives as the workflow's IDossierStatusChanged (dossier/events.py), fired after
the clock (workflow/subscribers.py) has set ``accepted``, the pauses and ``finished``.
"""

from danang.portal.statistics.store import forget
from danang.portal.statistics.store import update
from zope.container.interfaces import IContainerModifiedEvent


def status_changed(dossier, event):
    update(dossier, event.new_state)


def rated(event):
    update(event.object)


def modified(dossier, event):
    # Edits by managers (receiving unit, channel). A file added or removed (the container's
    # event, several per submission) changes none of the Facts: nothing to read.
    if IContainerModifiedEvent.providedBy(event):
        return
    update(dossier)


def removed(dossier, event):
    forget(dossier)

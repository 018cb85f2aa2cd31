"""The catalogue's generation: a number that changes whenever a service, agency or sector does.

Pages that summarise the whole catalogue (the home page's figures and sector counts) cache what
they computed under this number, so they recompute only after the catalogue changed, in every
process of a cluster alike (the number is in the database). It is a ``BTrees.Length`` in an
annotation of the site: concurrent changes merge instead of conflicting, and a load of the whole
catalogue writes it once per transaction.
"""

from BTrees.Length import Length
from zope.annotation.interfaces import IAnnotations
from zope.component.hooks import getSite

KEY = "danang.portal.catalogue_generation"


def generation(site=None):
    """The committed generation, as a hashable key: ``(number of changes, transaction id of the
    last one)``; None when there is nothing committed to key on (no change recorded yet, or the
    current transaction changed the catalogue: what it sees may still be rolled back)."""
    site = site if site is not None else getSite()
    if site is None:
        return None
    counter = IAnnotations(site).get(KEY)
    if counter is None or counter._p_changed or counter._p_serial is None:
        return None
    return (counter(), counter._p_serial)


def catalogue_changed(obj, event):
    """Subscriber of the changes of services, agencies and sectors: added, modified, moved,
    removed, workflow transitions (content/configure.zcml)."""
    site = getSite()
    if site is None:
        return
    annotations = IAnnotations(site)
    counter = annotations.get(KEY)
    if counter is None:
        counter = annotations[KEY] = Length()
    counter.change(1)

"""Install step of electronic receipts (idempotent): the signing key ring, and the counters and
number index on the dossier container, created once here rather than by the first receipts
(whose transactions would otherwise all write the same new objects and conflict)."""

from danang.portal.dossier.storage import ROOT_ID
from danang.portal.ereceipt.numbering import counters
from danang.portal.ereceipt.store import number_index
from danang.portal.ereceipt.verification import ensure_ring


def install(portal):
    ensure_ring()
    root = portal.get(ROOT_ID)
    if root is not None:
        counters(root)
        number_index(root, create=True)

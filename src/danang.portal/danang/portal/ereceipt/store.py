"""Where receipts are kept: on their dossier, and in a site-wide index by symbol and number.

A dossier's receipts are an OOBTree (payment id -> receipt record) in the dossier's annotations:
they belong to the dossier, are copied, moved and deleted with it, and a payment id can be found
without scanning. The public verification page starts from a symbol and number only, so an
OOBTree on the dossier container maps ``"<symbol>|<number>"`` to the dossier code and payment id.
Each record is a PersistentMapping written once by issue_receipt and never changed.
"""

from BTrees.OOBTree import OOBTree
from danang.portal.dossier.finding import find_dossier
from danang.portal.dossier.storage import dossier_root
from danang.portal.ereceipt.numbering import format_number
from zope.annotation.interfaces import IAnnotations

RECEIPTS_KEY = "danang.portal.ereceipt.receipts"
INDEX_KEY = "danang.portal.ereceipt.index"


def _tree(obj, key, create):
    annotations = IAnnotations(obj)
    tree = annotations.get(key)
    if tree is None and create:
        tree = annotations[key] = OOBTree()
    return tree


def receipt_tree(dossier, create=False):
    """The dossier's OOBTree of receipts by payment id (None when it has none and not create)."""
    return _tree(dossier, RECEIPTS_KEY, create)


def number_index(container, create=False):
    """The OOBTree ``"<symbol>|<number>"`` -> (dossier code, payment id) on the dossier container."""
    return _tree(container, INDEX_KEY, create)


def index_key(symbol, number):
    return f"{symbol}|{number}"


def receipts_of(dossier):
    """The dossier's receipts, oldest first."""
    tree = receipt_tree(dossier)
    if tree is None:
        return []
    return sorted(tree.values(), key=lambda receipt: (receipt["issued_at"], receipt["symbol"], receipt["number"]))


def receipt_for_payment(dossier, payment_id):
    tree = receipt_tree(dossier)
    return tree.get(payment_id) if tree is not None else None


def receipt_by_number(dossier, number, symbol=None):
    """The dossier's receipt numbered ``number`` ("0000007" or "7"), under ``symbol`` if given."""
    number = (number or "").strip() if isinstance(number, str) else ""
    if not number.isdigit():
        return None
    for receipt in receipts_of(dossier):
        if int(receipt["number"]) == int(number) and symbol in (None, receipt["symbol"]):
            return receipt
    return None


def store(dossier, receipt, container):
    """Keep a new receipt on its dossier and in the index (inside the issuing transaction)."""
    receipt_tree(dossier, create=True)[receipt["payment_id"]] = receipt
    number_index(container, create=True)[index_key(receipt["symbol"], receipt["number"])] = (
        dossier.dossier_code,
        receipt["payment_id"],
    )


def find_receipt(symbol, number):
    """(dossier, receipt) of a symbol and number whatever the current user may see, or None.

    Callers decide what to reveal (the verification page shows no personal data).
    """
    if not isinstance(symbol, str) or not isinstance(number, str) or not number.strip().isdigit():
        return None
    try:
        index = number_index(dossier_root())
    except LookupError:
        return None
    entry = index.get(index_key(symbol.strip().upper(), format_number(number.strip()))) if index is not None else None
    if entry is None:
        return None
    code, payment_id = entry
    dossier = find_dossier(code)
    receipt = receipt_for_payment(dossier, payment_id) if dossier is not None else None
    return (dossier, receipt) if receipt is not None else None

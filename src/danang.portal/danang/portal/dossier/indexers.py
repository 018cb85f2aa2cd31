"""Catalog indexers of dossiers, for officials' worklists and the public look-up.

Personal data never enters the catalog in clear: the applicant's phone and ID number are
indexed as keyed hashes (lookup_keys.py) and have no metadata column; the name, address, birth
date and e-mail are not indexed at all. No text index holds dossiers (catalog_entry.py): they
are found by code through ``dossier_code``.
"""

from danang.portal.dossier.content import IDossier
from danang.portal.dossier.lookup_keys import id_number_key
from danang.portal.dossier.lookup_keys import phone_key
from danang.portal.dossier.status import status_of_state
from plone import api
from plone.indexer import indexer


@indexer(IDossier)
def dossier_status(obj):
    status = status_of_state(api.content.get_state(obj, default=None))
    return _present(status.code if status is not None else None)


def _present(value):
    # An AttributeError tells plone.indexer there is nothing to index (no None key).
    if value is None:
        raise AttributeError
    return value


@indexer(IDossier)
def handling_units(obj):
    """The units whose worklist shows the dossier: the receiving unit (it returns the result),
    the unit holding it after a transfer (workflow/transfer.py), the desk that received it
    for the competent unit and the desk that hands over the result (dossier/receiving.py)."""
    units = {
        obj.receiving_unit,
        getattr(obj, "current_unit", None),
        getattr(obj, "received_at_unit", None),
        getattr(obj, "collect_at_unit", None),
    } - {None, ""}
    return _present(sorted(units) or None)


@indexer(IDossier)
def finished(obj):
    """When the result was approved (workflow/clock.py): early / on time / late in lists."""
    return _present(getattr(obj, "finished", None))


@indexer(IDossier)
def applicant_phone(obj):
    return _present(phone_key(obj.applicant_phone))


@indexer(IDossier)
def applicant_id_number(obj):
    return _present(id_number_key(obj.applicant_id_number))


@indexer(IDossier)
def awaiting_approval(obj):
    """A draft result waits for the leader's approval (state 4 with a draft not sent back): the
    worklist's "Chờ phê duyệt" filter and count (desk/query.py)."""
    return api.content.get_state(obj, default=None) == "processing" and bool(obj.results())

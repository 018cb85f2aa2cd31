"""The Service a dossier was submitted for, whoever asks (None when it was deleted).

The dossier keeps its service's UID (``service_uid``). While the submission that creates it
runs, ``create_dossier`` also leaves the Service object on it (a volatile attribute, never
stored): the subscribers of the new dossier (its fees, its receipt) then find the service
without a catalog search, which would index the half-made dossier once more before its files
are added (docs/throughput.md).
"""

from Acquisition import aq_base
from plone import api

# The volatile attribute (``_v_``: never written to the database) create_dossier sets.
CREATED_FOR = "_v_danang_service"


def remember(dossier, service):
    setattr(aq_base(dossier), CREATED_FOR, service)


def service_of(dossier):
    uid = getattr(aq_base(dossier), "service_uid", None)
    if not uid:
        return None
    service = getattr(aq_base(dossier), CREATED_FOR, None)
    if service is not None and api.content.get_uuid(service) == uid:
        return service
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(UID=uid):
        return brain._unrestrictedGetObject()
    return None

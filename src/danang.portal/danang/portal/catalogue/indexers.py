"""Catalog indexers: what the search facets and the result cards read without waking objects."""

from danang.portal.catalogue.performers import performing_agencies
from danang.portal.catalogue.performers import performing_units
from danang.portal.catalogue.performers import search_while_indexing
from danang.portal.content.agency import IAgency
from danang.portal.content.service import IService
from plone.indexer import indexer

# Hours are converted at 8 working hours a day, so "up to N days" compares like with like.
HOURS_PER_WORKING_DAY = 8


@indexer(IService)
def agency(obj):
    return performing_agencies(obj)


@indexer(IService)
def units(obj):
    return performing_units(obj)


@indexer(IService)
def online_mode(obj):
    return obj.online_mode


@indexer(IService)
def fee_kind(obj):
    return "paid" if obj.total_fee else "free"


@indexer(IService)
def total_fee(obj):
    return obj.total_fee


@indexer(IService)
def processing_days(obj):
    value = float(obj.processing_time or 0)
    if obj.processing_unit == "hours":
        value = value / HOURS_PER_WORKING_DAY
    return value


@indexer(IAgency)
def agency_kind(obj):
    return obj.kind


@indexer(IService)
def in_force(obj):
    return bool(obj.in_force)


def _catalogue_title(portal_type, code):
    # One small catalog query rather than a vocabulary: indexing runs during bulk loads, when the
    # vocabularies' cache (keyed on the catalog counter) is invalidated by every reindex.
    if not code:
        return None
    brains = search_while_indexing(portal_type=portal_type, code=code)
    return brains[0].Title if brains else None


@indexer(IService)
def service_title_text(obj):
    """Name and code: matches here rank above matches in the rest of the record."""
    return " ".join(part for part in (obj.title, obj.code) if part)


@indexer(IService)
def service_text(obj):
    """Everything a visitor might type to find the service (folded by the danang_lexicon)."""
    parts = [
        obj.title,
        obj.code,
        obj.description,
        _catalogue_title("Sector", obj.sector),
        _catalogue_title("Agency", obj.agency),
        obj.procedure_type,
        obj.decision,
        obj.result,
        obj.conditions,
    ]
    parts.extend(obj.steps or [])
    parts.extend(row.get("name") for row in obj.components or [])
    parts.extend(row.get("name") for row in obj.fees or [])
    parts.extend(obj.legal_basis or [])
    return "\n".join(part for part in parts if isinstance(part, str) and part)

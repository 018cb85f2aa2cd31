"""Catalog indexers: what the search facets and the result cards read without waking objects."""

from danang.portal.catalogue.performers import performing_agencies
from danang.portal.catalogue.performers import performing_units
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

"""Which administrative units and agencies perform a service.

A district-level procedure is one catalogue entry performed by every district's People's
Committee (likewise ward-level ones by every ward), unless the editor restricts it to some units.
"""

from danang.portal.content.agency import IDissolvedAgency
from danang.portal.data.units import CITY_CODE
from danang.portal.data.units import units_of_level
from danang.portal.data.units import wards_of
from plone import api
from Products.ZCatalog.ZCatalog import ZCatalog


def _administered(level):
    # Hoàng Sa district has no wards and no sitting committee: nobody there receives dossiers.
    units = units_of_level(level)
    if level == "district":
        units = [unit for unit in units if wards_of(unit["code"])]
    return [unit["code"] for unit in units]


COMMITTEE_KINDS = {"district": "district_committee", "ward": "ward_committee"}
STANDING = {"not": IDissolvedAgency.__identifier__}


def reorganised():
    """Whether a reorganisation dissolved agencies here (docs/reorganisation.md): the units
    then are those of the standing committees, not the shipped list of 2019."""
    return bool(len(search_while_indexing(portal_type="Agency", object_provides=IDissolvedAgency.__identifier__)))


def _standing_areas(level):
    brains = search_while_indexing(
        portal_type="Agency", agency_kind=COMMITTEE_KINDS[level], object_provides=STANDING
    )
    return sorted({brain.area_code for brain in brains if brain.area_code})


def performing_units(service):
    """Statistics codes of the units whose desks receive this service's dossiers."""
    restricted = set(getattr(service, "units", None) or [])
    after_reorganisation = None
    codes = []
    for level in getattr(service, "levels", None) or []:
        if level == "city":
            codes.append(CITY_CODE)
            continue
        if after_reorganisation is None:
            after_reorganisation = reorganised()
        standing = after_reorganisation and level in COMMITTEE_KINDS
        candidates = _standing_areas(level) if standing else _administered(level)
        if restricted:
            candidates = [code for code in candidates if code in restricted]
        codes.extend(candidates)
    return codes


def search_while_indexing(**query):
    """Unrestricted catalog search that is safe inside an indexer.

    CMF's searches first flush the indexing queue. An indexer runs while that queue is being
    processed (e.g. before commit), so a nested flush catalogs the object being indexed again,
    under a second record id: the service then shows twice in every listing. ZCatalog's own
    search does not flush; the queue is processed in order, so agencies queued before a service
    are already indexed when the service is.
    """
    return ZCatalog.searchResults(api.portal.get_tool("portal_catalog"), **query)


def committee_codes(unit_codes):
    """Agency codes of the People's Committees of these units, in the given order."""
    # Not only the shipped 2019 units: a reorganisation adds units (docs/reorganisation.md).
    wanted = [code for code in unit_codes if code and code != CITY_CODE]
    if not wanted:
        return []
    brains = search_while_indexing(
        portal_type="Agency",
        agency_kind=["district_committee", "ward_committee"],
        area_code=wanted,
        # A reorganisation keeps dissolved committees, and a new unit may reuse a dissolved
        # one's statistics code (docs/reorganisation.md): only the standing one performs.
        object_provides=STANDING,
    )
    by_area = {brain.area_code: brain.code for brain in brains}
    return [by_area[code] for code in wanted if code in by_area]


def performing_agencies(service):
    """The named agency, or else the committees of every unit performing the service."""
    if getattr(service, "agency", None):
        return [service.agency]
    return committee_codes(performing_units(service))


def committee_titles(unit_codes):
    """{area code: title} of the standing People's Committees of these units."""
    wanted = [code for code in unit_codes if code and code != CITY_CODE]
    if not wanted:
        return {}
    brains = search_while_indexing(
        portal_type="Agency", agency_kind=list(COMMITTEE_KINDS.values()), area_code=wanted, object_provides=STANDING
    )
    return {brain.area_code: brain.Title for brain in brains}

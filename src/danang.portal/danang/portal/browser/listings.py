"""Catalogue listings shared by the home page and the folder pages: sectors, agencies, services.

All of them read catalog brains (metadata), never the objects, and respect what the visitor may
see (unpublished items are left out for anonymous visitors).
"""

from collections import defaultdict
from danang.portal.data.units import get_unit
from danang.portal.data.units import units_of_level
from plone import api
from unidecode import unidecode

CITY_AGENCY_KINDS = ("department", "police", "other")
DISTRICT_KIND = "district_committee"
WARD_KIND = "ward_committee"


def services(**query):
    return api.content.find(portal_type="Service", sort_on="sortable_title", **query)


def _district_order():
    return {unit["code"]: index for index, unit in enumerate(units_of_level("district"))}


def agency_directory():
    """Agencies grouped as a citizen looks for them.

    ``city``: departments, the police and other city bodies; ``districts``: one group per
    district (official order), with the district committee (None if it has no page) and the
    ward committees of that district.
    """
    brains = api.content.find(portal_type="Agency", sort_on="sortable_title")
    city = [brain for brain in brains if brain.agency_kind in CITY_AGENCY_KINDS]
    groups = {}

    def group(district_code):
        if district_code not in groups:
            unit = get_unit(district_code)
            groups[district_code] = {
                "code": district_code,
                "name": unit["name"] if unit else district_code,
                "committee": None,
                "wards": [],
            }
        return groups[district_code]

    for brain in brains:
        if brain.agency_kind == DISTRICT_KIND:
            group(brain.area_code)["committee"] = brain
        elif brain.agency_kind == WARD_KIND:
            unit = get_unit(brain.area_code)
            group(unit["parent"] if unit else "")["wards"].append(brain)
    order = _district_order()
    districts = sorted(groups.values(), key=lambda item: (order.get(item["code"], len(order)), item["name"]))
    return {
        "city": city,
        "districts": districts,
        "ward_count": sum(len(item["wards"]) for item in districts),
    }


def services_by_sector(brains=None):
    """Services grouped under their sector's title, sectors in alphabetical order."""
    titles = {brain.code: (brain.Title, brain.getURL()) for brain in api.content.find(portal_type="Sector")}
    grouped = defaultdict(list)
    for brain in services() if brains is None else brains:
        grouped[brain.sector].append(brain)
    result = []
    for code, items in grouped.items():
        title, url = titles.get(code, (code or "", None))
        result.append({"code": code, "title": title, "url": url, "services": items})
    # Alphabetical as a Vietnamese reader expects: "Đ" next to "D", not after "Z".
    return sorted(result, key=lambda item: unidecode(item["title"]).lower())


def services_by_level(brains):
    """Services under each implementing level they belong to (city, district, ward)."""
    grouped = {"city": [], "district": [], "ward": []}
    for brain in brains:
        for level in brain.levels or []:
            if level in grouped:
                grouped[level].append(brain)
    return [{"level": level, "services": items} for level, items in grouped.items() if items]

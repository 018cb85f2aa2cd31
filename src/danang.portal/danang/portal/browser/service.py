"""Public page of a procedure: what to prepare, how long, how much, where, and whether online."""

from danang.portal import clock
from danang.portal.catalogue.performers import performing_agencies
from danang.portal.catalogue.performers import reorganised
from danang.portal.content.cases import GENERAL_TITLE
from danang.portal.content.cases import service_cases
from danang.portal.data.units import get_unit
from danang.portal.data.units import units_of_level
from danang.portal.dossier.receiving import RECEIPT_ANYWHERE_FROM
from danang.portal.labels import LabelsView
from plone import api
from plone.memoize.view import memoize


class ServiceView(LabelsView):
    def sector_url(self):
        brains = api.content.find(portal_type="Sector", code=self.context.sector)
        return brains[0].getURL() if brains else None

    @memoize
    def agency(self):
        """The named agency (city-level services) as an object, for its address and hours."""
        if not self.context.agency:
            return None
        brains = api.content.find(portal_type="Agency", code=self.context.agency)
        return brains[0].getObject() if brains else None

    @memoize
    def committees(self):
        """District or ward People's Committees receiving the dossiers, grouped by district.

        Each group: district name and its committees' brains (the district's own committee
        for district-level services, its wards' committees for ward-level ones).
        """
        if self.context.agency:
            return []
        codes = performing_agencies(self.context)
        if not codes:
            return []
        brains = api.content.find(portal_type="Agency", code=codes, sort_on="sortable_title")
        if reorganised():
            # No district level any more (docs/reorganisation.md): one list of the committees.
            return [{"code": None, "name": "", "agencies": list(brains)}]
        order = {unit["code"]: index for index, unit in enumerate(units_of_level("district"))}
        groups = {}
        for brain in brains:
            unit = get_unit(brain.area_code) or {}
            district = brain.area_code if unit.get("level") == "district" else unit.get("parent")
            district_unit = get_unit(district) or {}
            group = groups.setdefault(
                district, {"code": district, "name": district_unit.get("name", ""), "agencies": []}
            )
            group["agencies"].append(brain)
        return sorted(groups.values(), key=lambda group: order.get(group["code"], len(order)))

    def receipt_anywhere(self):
        """Whether any one-stop desk of the city receives it today (dossier/receiving.py)."""
        return clock.now().date() >= RECEIPT_ANYWHERE_FROM

    def committee_count(self):
        return sum(len(group["agencies"]) for group in self.committees())

    def has_level(self, level):
        return level in (self.context.levels or [])

    def component_groups(self):
        """Dossier papers grouped by case, in the order the editor entered them."""
        groups = []
        for row in self.context.components or []:
            case = row.get("case") or ""
            if not groups or groups[-1]["case"] != case:
                groups.append({"case": case, "rows": []})
            groups[-1]["rows"].append(row)
        return groups

    @memoize
    def cases(self):
        """The texts of the service's cases, then "none of these" (the e-form's case question)."""
        cases = [case for _key, case in service_cases(self.context)]
        return [*cases, api.portal.translate(GENERAL_TITLE)] if cases else []

    def has_column(self, rows, key):
        """True when some row has a value in this column: empty columns are left out."""
        return any(row.get(key) not in (None, "") for row in rows or [])

    def component_count(self):
        return len(self.context.components or [])

    def form_file_url(self, filename):
        if filename and filename in self.context.objectIds():
            return f"{self.context.absolute_url()}/{filename}/@@download/file"
        return None

    def processing(self):
        return self.format_duration(self.context.processing_time, self.context.processing_unit)

    def total_fee(self):
        return self.context.total_fee

    @memoize
    def submit_url(self):
        """The online form, when the service is at level 3-4 and its form exists.

        A published form is offered even to visitors who must log in first; a draft only to
        those who may already see it.
        """
        if not self.is_online(self.context.online_level):
            return None
        for obj in self.context.objectValues():
            if obj.portal_type != "EasyForm":
                continue
            published = api.content.get_state(obj=obj, default=None) == "published"
            if published or api.user.has_permission("View", obj=obj):
                return obj.absolute_url()
        return None

    def related_services(self):
        relations = getattr(self.context, "relatedItems", None) or []
        objs = [rel.to_object for rel in relations if not rel.isBroken()]
        return [obj for obj in objs if obj is not None and api.user.has_permission("View", obj=obj)]

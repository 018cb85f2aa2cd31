"""Public page of an agency: contact details, opening hours and the procedures it performs.

For district and ward People's Committees the catalog's ``agency`` index already lists them on
every district- or ward-level service they perform, so one query finds their procedures.
"""

from danang.portal import units
from danang.portal.browser.listings import services
from danang.portal.browser.listings import services_by_sector
from danang.portal.data.units import get_unit
from danang.portal.labels import LabelsView
from plone import api
from plone.memoize.view import memoize

# Above this many procedures the agency page shows its sectors folded.
FOLD_ABOVE = 30


class AgencyView(LabelsView):
    def dissolution(self):
        """{"day": "01/07/2025", "successor": brain or None} of a dissolved agency, else None
        (a reorganisation keeps it for its history: docs/reorganisation.md)."""
        day = getattr(self.context, "dissolved_on", None)
        if day is None:
            return None
        code = getattr(self.context, "successor", None)
        brains = api.content.find(portal_type="Agency", code=code) if code else []
        return {"day": day.strftime("%d/%m/%Y"), "successor": brains[0] if brains else None}

    def area(self):
        """The agency's unit on the site's day; for a committee whose unit was abolished (a
        reorganisation), the unit as it last was, with what it is now (docs/units.md)."""
        found = get_unit(self.context.area_code)
        if found is None and self.context.area_code:
            last = units.latest(self.context.area_code)
            if last is not None:
                return {"name": self.tr(units.label(last.id)), "code": last.code}
        return found

    def parent(self):
        if not self.context.parent_agency:
            return None
        brains = api.content.find(portal_type="Agency", code=self.context.parent_agency)
        return brains[0] if brains else None

    def subordinates(self):
        """Ward committees of a district committee's district (their units say which district)."""
        if self.context.kind != "district_committee":
            return []
        return [
            brain
            for brain in api.content.find(
                portal_type="Agency", agency_kind="ward_committee", sort_on="sortable_title"
            )
            if (get_unit(brain.area_code) or {}).get("parent") == self.context.area_code
        ]

    @memoize
    def services(self):
        return services(agency=self.context.code)

    def service_groups(self):
        return services_by_sector(self.services())

    def fold_groups(self):
        """A committee performs well over a hundred procedures: fold them by sector, so the page
        reads as an index; a short list stays open."""
        return len(self.services()) > FOLD_ABOVE

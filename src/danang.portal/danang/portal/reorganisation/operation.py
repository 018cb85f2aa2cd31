"""Applying a reorganisation plan to the site, as one operation (docs/reorganisation.md).

``reorganise(plan)`` does, in this order, and only what is not done yet (a re-run of the same
plan changes nothing and reports zeros):

1. creates the new units' agencies (published, with their three groups: workflow/groups.py);
2. moves each service's implementing levels and agency per the competence table (first row that
   matches wins), saving a version whose comment says why (the service's history);
3. hands every open dossier of an agency to be dissolved to its successor (workflow/handover.py;
   finished ones stay where they were);
4. marks the agencies dissolved (kept, read-only, still in old statistics);
5. moves officials' group memberships;
6. records what it did in the site's reorganisation log (log.py).

``dry_run`` does all of it inside a savepoint and rolls it back: the report is what it would do.
The plan is checked first (plan.py): an inconsistent one writes nothing.
"""

from AccessControl.SecurityManagement import getSecurityManager
from danang.portal import clock
from danang.portal import units
from danang.portal.content.agency import IDissolvedAgency
from danang.portal.dossier.status import CLOSED_STATES
from danang.portal.forms.generation import ensure_form
from danang.portal.reorganisation import log
from danang.portal.workflow.groups import ensure_agency_groups
from danang.portal.workflow.groups import group_id
from danang.portal.workflow.handover import hand_over
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import time as day_time
from plone import api
from plone.dexterity.utils import createContentInContainer
from Products.CMFCore.indexing import processQueue
from zope.globalrequest import getRequest
from zope.interface import alsoProvides

import time
import transaction

AGENCY_FOLDER = "co-quan"
COPIED_FIELDS = ("title", "kind", "level", "area_code", "dossier_unit_code", "parent_agency", "address",
                 "phone", "email", "description")
# Only managers edit a dissolved agency (its page and history stay as they were).
READ_ONLY_ROLES = ("Manager", "Site Administrator")
SAVEPOINT_EVERY = 200


@dataclass
class Report:
    plan: str
    dry_run: bool
    agencies_created: list = field(default_factory=list)
    agencies_dissolved: list = field(default_factory=list)
    services_moved: dict = field(default_factory=dict)
    dossiers_handed_over: dict = field(default_factory=dict)
    dossiers_left: int = 0
    memberships_moved: list = field(default_factory=list)
    seconds: float = 0.0

    def counts(self):
        return {
            "agencies_created": len(self.agencies_created),
            "agencies_dissolved": len(self.agencies_dissolved),
            "services_moved": len(self.services_moved),
            "dossiers_handed_over": sum(len(codes) for codes in self.dossiers_handed_over.values()),
            "finished_dossiers_left": self.dossiers_left,
            "memberships_moved": len(self.memberships_moved),
        }

    def render(self):
        """The report for the command line (English, like the loader's summary for operators)."""
        verb = "would be" if self.dry_run else "were"
        counts = self.counts()
        lines = [
            f"Reorganisation plan {self.plan}{' (dry run: nothing written)' if self.dry_run else ''}:",
            f"- {counts['agencies_created']} agencies {verb} created",
            f"- {counts['agencies_dissolved']} agencies {verb} dissolved",
            f"- {counts['services_moved']} services {verb} moved",
            f"- {counts['dossiers_handed_over']} open dossiers {verb} handed over "
            f"({counts['finished_dossiers_left']} finished dossiers stay where they were)",
            f"- {counts['memberships_moved']} group memberships {verb} moved",
        ]
        for code, moved in sorted(self.dossiers_handed_over.items()):
            lines.append(f"  {code}: {len(moved)} dossiers -> " + ", ".join(sorted(set(moved.values()))))
        lines.append(f"in {self.seconds:.1f} s")
        return "\n".join(lines)


def _actor():
    user = getSecurityManager().getUser()
    return (user.getId() if user is not None else None) or ""


def _agencies():
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.code: brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Agency")}


def _create_agencies(plan, report):
    portal = api.portal.get()
    folder = portal[AGENCY_FOLDER]
    existing = _agencies()
    workflow = api.portal.get_tool("portal_workflow")
    for row in plan.new_agencies:
        if row["code"] in existing:
            continue
        values = {key: row[key] for key in COPIED_FIELDS if row.get(key) is not None}
        agency = createContentInContainer(folder, "Agency", checkConstraints=False, code=row["code"], **values)
        agency.sample_contact = bool(row.get("sample_contact", True))
        agency.created_by_plan = plan.id
        agency.unit_kind = row.get("unit_kind")
        agency.one_stop_centre = row.get("one_stop_centre")
        if workflow.getInfoFor(agency, "review_state", None) != "published":
            workflow.doActionFor(agency, "publish")
        ensure_agency_groups(agency)
        agency.reindexObject()
        report.agencies_created.append(row["code"])


def _matching_row(plan, service):
    for row in plan.competence:
        if row.get("service") and row["service"] != service.code:
            continue
        if row.get("sector") and row["sector"] != getattr(service, "sector", None):
            continue
        if row.get("from_level") and row["from_level"] not in (service.levels or ()):
            continue
        return row
    return None


def _area_successors(plan):
    """{old committee's area code: its successor's area code}: a service restricted to some
    wards keeps them under their new codes (a code alone may name another unit now)."""
    agencies = _agencies()
    areas = {row["code"]: row["area_code"] for row in plan.new_agencies}
    result = {}
    for row in plan.dissolved:
        old = agencies.get(row["agency"])
        new_area = areas.get(row["successor"]) or getattr(agencies.get(row["successor"]), "area_code", None)
        if old is not None and getattr(old, "area_code", None) and new_area:
            result[old.area_code] = new_area
    return result


def _moved_values(plan, service, row, successor_of, area_successor):
    """The service's new (levels, agency, units, coordinating agencies)."""
    levels = list(service.levels or ())
    if row is not None and row.get("levels"):
        if row.get("from_level"):
            # Only the old level is replaced: a service also performed at the city stays there.
            levels = [level for level in levels if level != row["from_level"]]
            levels += [level for level in row["levels"] if level not in levels]
        else:
            levels = list(row["levels"])
    agency = getattr(service, "agency", None)
    if row is not None and row.get("agency"):
        agency = row["agency"]
    elif agency in successor_of:
        agency = successor_of[agency]
    if "city" not in levels and row is not None and row.get("levels"):
        agency = row.get("agency")
    units = list(getattr(service, "units", None) or ())
    if levels != list(service.levels or ()):
        # A restriction to some districts named units that are gone.
        units = []
    elif getattr(service, "dissolved_areas_mapped", None) != plan.id:
        units = list(dict.fromkeys(area_successor.get(code, code) for code in units))
    coordinating = [successor_of.get(code, code) for code in getattr(service, "coordinating_agencies", None) or ()]
    coordinating = list(dict.fromkeys(code for code in coordinating if code != agency))
    return levels, agency, units, coordinating


def _move_services(plan, report):
    catalog = api.portal.get_tool("portal_catalog")
    repository = api.portal.get_tool("portal_repository")
    successor_of = plan.successor_of()
    area_successor = _area_successors(plan)
    moved = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Service"):
        service = brain._unrestrictedGetObject()
        row = _matching_row(plan, service)
        before = (list(service.levels or ()), getattr(service, "agency", None),
                  list(getattr(service, "units", None) or ()), list(getattr(service, "coordinating_agencies", None) or ()))
        after = _moved_values(plan, service, row, successor_of, area_successor)
        if tuple(after) == before:
            continue
        service.levels, service.agency, service.units, service.coordinating_agencies = after
        # Mapped once: a re-run must not map the new codes again (they may be old codes too).
        service.dissolved_areas_mapped = plan.id
        why = (row or {}).get("reason") or plan.reason
        service.reindexObject()
        if repository.isVersionable(service):
            repository.save(obj=service, comment=f"{plan.title}: {why}")
        report.services_moved[service.code] = {
            "before": {"levels": before[0], "agency": before[1]},
            "after": {"levels": after[0], "agency": after[1]},
            "online_level": getattr(service, "online_level", None),
        }
        moved += 1
        if moved % SAVEPOINT_EVERY == 0:
            transaction.savepoint(optimistic=True)


def _applicant_successor(plan, dossier, agencies):
    """A district committee's dossier goes to the new committee of the applicant's ward, found
    through the old ward's committee and its successor; None when not known."""
    ward = getattr(dossier, "applicant_ward", None)
    if not ward:
        return None
    successor_of = plan.successor_of()
    for code, agency in agencies.items():
        if code in successor_of and agency.kind == "ward_committee" and agency.area_code == ward:
            return successor_of[code]
    return None


def _service_agency(dossier):
    """The agency now named by the dossier's service (a procedure moved to a city department)."""
    catalog = api.portal.get_tool("portal_catalog")
    found = catalog.unrestrictedSearchResults(UID=getattr(dossier, "service_uid", None))
    if not found:
        return None
    service = found[0]._unrestrictedGetObject()
    return getattr(service, "agency", None) if "city" in (service.levels or ()) else None


# A dossier whose result is ready ("finished") still waits for the desk to return it: it is handed
# over with the open ones. Only these are done with (docs/reorganisation.md).
DONE_STATES = CLOSED_STATES - {"finished"}


def _hand_over_dossiers(plan, report, moment, announce):
    catalog = api.portal.get_tool("portal_catalog")
    agencies = _agencies()
    actor = _actor()
    handled = 0
    for row in plan.dissolved:
        code = row["agency"]
        moved = report.dossiers_handed_over.setdefault(code, {})
        for brain in catalog.unrestrictedSearchResults(portal_type="Dossier", handling_units=code):
            if brain.review_state in DONE_STATES:
                report.dossiers_left += 1
                continue
            dossier = brain._unrestrictedGetObject()
            successor = row["successor"]
            if row.get("by_applicant_ward"):
                successor = _service_agency(dossier) or _applicant_successor(plan, dossier, agencies) or successor
            reason = f"chuyển giao do sắp xếp đơn vị hành chính ({plan.reason})"
            if hand_over(dossier, code, successor, reason, moment=moment, actor=actor, announce=announce):
                moved[dossier.dossier_code] = successor
                handled += 1
                if handled % SAVEPOINT_EVERY == 0:
                    transaction.savepoint(optimistic=True)
        if not moved:
            del report.dossiers_handed_over[code]


def _dissolve_agencies(plan, report):
    agencies = _agencies()
    for row in plan.dissolved:
        agency = agencies[row["agency"]]
        if IDissolvedAgency.providedBy(agency):
            continue
        agency.dissolved_on = plan.effective
        agency.successor = row["successor"]
        agency.dissolved_by_plan = plan.id
        alsoProvides(agency, IDissolvedAgency)
        agency.manage_permission("Modify portal content", roles=list(READ_ONLY_ROLES), acquire=0)
        agency.reindexObject()
        report.agencies_dissolved.append(row["agency"])


def _reindex_performers(report):
    """Services performed by every committee of a level: their agencies and units changed with
    the committees created and dissolved (catalogue/performers.py), and so did their e-form's
    choice of where to submit (forms/generation.py; a customised form is left alone)."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Service", levels=["district", "ward"]):
        service = brain._unrestrictedGetObject()
        service.reindexObject(idxs=["agency", "units"])
        ensure_form(service)


def _move_memberships(plan, report):
    moves = [(row["from"], row["to"]) for row in plan.groups]
    if plan.groups_follow_successors:
        for row in plan.dissolved:
            for suffix in ("desk", "specialist", "leader"):
                moves.append((group_id(row["agency"], suffix), group_id(row["successor"], suffix)))
    groups = api.portal.get_tool("portal_groups")
    for source, target in dict.fromkeys(moves):
        group = groups.getGroupById(source)
        if group is None or groups.getGroupById(target) is None:
            continue
        for member in list(group.getGroupMemberIds()):
            api.group.add_user(groupname=target, username=member)
            api.group.remove_user(groupname=source, username=member)
            report.memberships_moved.append((member, source, target))


def effective_moment(plan):
    """The first minute of the effective day, or now when that day is over: the hand-overs'
    time in the tracking sheet and the history."""
    start = datetime.combine(plan.effective, day_time(0, 0), tzinfo=clock.now().tzinfo)
    return max(start, clock.now())


def reorganise(plan, dry_run=False):
    """Apply the checked ``plan`` (plan.checked_plan) to the current site; the Report."""
    started = time.perf_counter()
    report = Report(plan=plan.id, dry_run=dry_run)
    # The catalog's indexing queue is not part of a savepoint: empty it before and after a dry
    # run, so that what it queued is indexed (then rolled back) rather than left for later.
    processQueue()
    savepoint = transaction.savepoint() if dry_run else None
    moment = effective_moment(plan)
    _create_agencies(plan, report)
    _move_services(plan, report)
    _hand_over_dossiers(plan, report, moment, announce=not dry_run)
    _dissolve_agencies(plan, report)
    if report.agencies_created or report.agencies_dissolved:
        _reindex_performers(report)
    _move_memberships(plan, report)
    report.seconds = time.perf_counter() - started
    if dry_run:
        processQueue()
        savepoint.rollback()
        # The catalog indexes cache their answers on the request by their change counters,
        # which the rollback turns back: answers from the dry run would be taken for new ones.
        request = getRequest()
        if request is not None and hasattr(request, "other"):
            request.other.pop("__catalog_cache__", None)
    else:
        log.record(plan, report)
        # The site's agencies are now those of the new units: its vocabularies, forms and
        # statistics follow the units of today (or of the effective day, for a plan applied
        # ahead of it) instead of the day the site was pinned to (docs/units.md).
        units.pin(None if clock.now().date() >= plan.effective else plan.effective)
    return report

"""The site's record of the reorganisations applied to it (an annotation of the site).

For each plan id: its effective date, the successor of each dissolved agency, and the services it
moved with their levels before and after. The statistics read it to give the catalogue's figures
as they were before a reorganisation (statistics/catalogue.py) without keeping a copy of the
catalogue.
"""

from BTrees.OOBTree import OOBTree
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations

LOG_KEY = "danang.portal.reorganisation"


def _log(portal=None, create=False):
    annotations = IAnnotations(portal if portal is not None else api.portal.get())
    if LOG_KEY not in annotations and create:
        annotations[LOG_KEY] = OOBTree()
    return annotations.get(LOG_KEY)


def record(plan, report):
    """Add what ``report`` (operation.Report) did to the plan's entry."""
    entries = _log(create=True)
    entry = entries.get(plan.id)
    if entry is None:
        entry = PersistentMapping(
            effective=plan.effective, title=plan.title, runs=[], successors={}, services={}, created=[]
        )
    entry["successors"] = {**entry["successors"], **plan.successor_of()}
    entry["services"] = {**report.services_moved, **entry["services"]}
    entry["created"] = sorted(set(entry.get("created", ())) | set(report.agencies_created))
    entry["runs"] = entry["runs"] + [report.counts()]
    entries[plan.id] = entry


def applied():
    """[(effective date, plan id, entry)] of the applied plans, oldest first."""
    entries = _log()
    if not entries:
        return []
    return sorted((entry["effective"], plan_id, entry) for plan_id, entry in entries.items())


def created_after(day):
    """Codes of the agencies created by plans that take effect after ``day`` (a date): they did
    not exist yet on that day."""
    return {code for effective, _id, entry in applied() if effective > day for code in entry.get("created", ())}

"""The dossier page for whoever may view it (its applicant, agent and officials).

A plain summary; the desk's worklist and actions (desk/) and the applicant's
receipt (acknowledgement/) build their own pages on the same content.
"""

from danang.portal import _
from danang.portal import roles
from danang.portal import units
from danang.portal.dossier import appointment
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.receiving import collection_place
from danang.portal.dossier.status import status_of_state
from plone import api
from Products.Five.browser import BrowserView
from zope.i18n import translate

# Who may read the applicant's contacts besides the unit's officials: the applicant, the agent.
CONTACT_HOLDERS = frozenset({"Owner", "DossierAgent"})
# Steps between the unit's officials that the applicant is not shown (the state does not change).
INTERNAL_STEPS = frozenset({"return_to_specialist"})


class DossierView(BrowserView):
    def status(self):
        return status_of_state(api.content.get_state(self.context, default=None))

    def unit_title(self):
        agency = agency_by_code(self.context.receiving_unit)
        return agency.Title() if agency is not None else self.context.receiving_unit

    def desk_title(self):
        """The desk that received it for the competent unit (dossier/receiving.py), else None."""
        desk = getattr(self.context, "received_at_unit", None)
        if not desk or desk == self.context.receiving_unit:
            return None
        agency = agency_by_code(desk)
        return agency.Title() if agency is not None else desk

    def collection_place(self):
        """Where the applicant collects the result (dossier/receiving.py), or None."""
        place = collection_place(self.context)
        return self.translate(place) if place is not None else None

    def area_name(self, code):
        """The unit of the address as given (on the dossier's units day), with what it is now."""
        unit = units.resolve(code, units.day_for(self.context))
        if unit is None:
            return code
        return self.translate(units.label(unit.id, units.as_of()))

    def when(self, moment):
        return moment.strftime("%H:%M %d/%m/%Y") if moment else ""

    def translate(self, message):
        return translate(message, context=self.request)

    def history(self):
        rows = []
        official = roles.holds_any(roles.STAFF, self.context)
        for entry in self.context.status_history or ():
            if entry.get("transition") in INTERNAL_STEPS and not official:
                continue
            status = status_of_state(entry.get("state"))
            change = entry.get("due_change")
            rows.append(
                {
                    "code": entry.get("status"),
                    "title": status.title if status is not None else entry.get("state"),
                    "time": self.when(entry.get("time")),
                    "comment": entry.get("comment"),
                    "due_change": self.translate(appointment.summary_message(change, self.translate))
                    if change else "",
                }
            )
        return rows

    def due_changes(self):
        """Every move of the appointment, with its reason (dossier/appointment.py)."""
        return [
            {
                "time": self.when(change["time"]),
                "old": self.when(change["old"]),
                "new": self.when(change["new"]),
                "reason": self.translate(appointment.reason_message(change, self.translate)),
            }
            for change in appointment.changes(self.context)
        ]

    def shows_contacts(self):
        """The applicant's phone, e-mail and ID number: for the unit's officials (to reach the
        applicant) and the applicant or agent themselves; the dossier page has no other viewers."""
        return roles.holds_any(roles.STAFF | CONTACT_HOLDERS, self.context)

    def _file(self, item):
        return {
            "filename": item.file.filename,
            "url": f"{item.absolute_url()}/@@download/file",
            "size": item.file.getSize(),
        }

    def file_groups(self):
        """The papers by round: as submitted (by component), then each supplement request's
        answer. The result is offered by the workflow panel (desk/actions.py), once approved."""
        components = {}
        for item in self.context.files("submission"):
            components.setdefault(item.Title(), []).append(self._file(item))
        groups = []
        if components:
            groups.append({
                "title": _("files_original", default="Hồ sơ nộp ban đầu"),
                "components": [{"title": title, "files": files} for title, files in components.items()],
            })
        rounds = {}
        for item in self.context.files("supplement"):
            rounds.setdefault(getattr(item, "supplement_round", None) or 1, []).append(self._file(item))
        for number in sorted(rounds):
            groups.append({
                "title": _("files_supplement_round", default="Bổ sung lần ${number}", mapping={"number": number}),
                "components": [{"title": None, "files": rounds[number]}],
            })
        return groups

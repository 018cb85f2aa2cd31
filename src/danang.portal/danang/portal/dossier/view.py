"""The dossier page for whoever may view it (its applicant, agent and officials).

A plain summary; the desk's worklist and actions (desk/) and the applicant's
receipt (acknowledgement/) build their own pages on the same content.
"""

from danang.portal.data.units import get_unit
from danang.portal.dossier import appointment
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.status import status_of_state
from plone import api
from Products.Five.browser import BrowserView
from zope.i18n import translate


class DossierView(BrowserView):
    def status(self):
        return status_of_state(api.content.get_state(self.context, default=None))

    def unit_title(self):
        agency = agency_by_code(self.context.receiving_unit)
        return agency.Title() if agency is not None else self.context.receiving_unit

    def area_name(self, code):
        unit = get_unit(code)
        return unit["name"] if unit else code

    def when(self, moment):
        return moment.strftime("%H:%M %d/%m/%Y") if moment else ""

    def translate(self, message):
        return translate(message, context=self.request)

    def history(self):
        rows = []
        for entry in self.context.status_history or ():
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

    def files(self):
        return [
            {
                "title": item.Title(),
                "filename": item.file.filename,
                "url": f"{item.absolute_url()}/@@download/file",
                "size": item.file.getSize(),
            }
            for item in self.context.files()
            # The result is offered by the workflow panel (desk/actions.py), once approved.
            if item.kind != "result"
        ]

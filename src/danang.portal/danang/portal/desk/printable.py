"""Printable pages: the tracking sheet and the apology letter (form 04), each citing the rules of
its own date (legal.py: an old dossier's sheet keeps the 2018 wording)."""

from danang.portal import legal
from danang.portal import roles
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.workflow import tracking
from danang.portal.workflow.clock import CLASS_TITLES
from plone import api
from Products.Five.browser import BrowserView
from zExceptions import NotFound
from zExceptions import Unauthorized
from zope.i18n import translate


def when(moment):
    return moment.strftime("%H:%M %d/%m/%Y") if moment else ""


def day(moment):
    return moment.strftime("%d/%m/%Y") if moment else ""


def unit_title(code):
    agency = agency_by_code(code) if code else None
    return agency.Title() if agency is not None else (code or "")


def person(user_id):
    if not user_id:
        return ""
    user = api.user.get(userid=user_id)
    return (user.getProperty("fullname") or user_id) if user is not None else user_id


class TrackingSheet(BrowserView):
    """Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per step."""

    def _private(self):
        self.request.response.setHeader("Cache-Control", "private, no-store, max-age=0")

    def rows(self):
        self._private()
        if not roles.holds_any(roles.STAFF, self.context):
            raise Unauthorized("officials only")
        rows = []
        for number, row in enumerate(tracking.rows(self.context), 1):
            timing = tracking.step_timing(row)
            rows.append(
                {
                    "number": number,
                    "unit": unit_title(row["unit"]),
                    "from_unit": unit_title(row.get("from_unit")),
                    "handed_at": when(row.get("handed_at")),
                    "handed_by": person(row.get("handed_by")),
                    "received_at": when(row.get("received_at")),
                    "received_by": person(row.get("received_by")),
                    "due": when(row.get("due")),
                    "done_at": when(row.get("done_at")),
                    "timing": CLASS_TITLES.get(timing) if timing else "",
                    "comment": row.get("comment") or "",
                }
            )
        return rows

    def unit(self):
        return unit_title(self.context.receiving_unit)

    def form_reference(self):
        """The form version of the day the dossier was received (the sheet starts then)."""
        version = legal.form("tracking", getattr(self.context, "received", None))
        return translate(version.reference, context=self.request)

    def when(self, moment):
        return when(moment)


class ApologyLetter(BrowserView):
    """Form 04: the letter of apology and new appointment."""

    # ``?n=`` picks one letter; several answer 400 (security/form_input.py).
    single_parameters = ("n",)

    def letter(self):
        self.request.response.setHeader("Cache-Control", "private, no-store, max-age=0")
        letters = list(getattr(self.context, "apologies", None) or ())
        try:
            index = int(self.request.form.get("n", len(letters) - 1))
            letter = letters[index]
        except (ValueError, IndexError, TypeError):
            # TypeError: a repeated ?n= is a list.
            raise NotFound("no such letter")
        return {
            "unit": unit_title(letter.get("unit")),
            "issued": day(letter["issued"]),
            "old_due": when(letter["old_due"]),
            "new_due": when(letter["new_due"]),
            "reason": letter["reason"],
            "original_due": when(getattr(self.context, "original_due", None)),
            "received": when(getattr(self.context, "received", None)),
            "by": person(letter.get("by")),
            "form_reference": translate(legal.form("apology", letter["issued"]).reference, context=self.request),
        }

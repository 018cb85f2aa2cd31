"""The officials' worklist page, ``<site>/@@ban-lam-viec``: my unit's dossiers, overdue first.

A plain GET form (works without JavaScript; the URL of a filtered page can be bookmarked). The
list, the totals and the per-state counts come from the catalog (desk/query.py). The applicant's
name is read from each dossier of the page (at most one page of objects): the catalog has no
copy of personal data in clear (dossier/indexers.py), and keeping it so costs 20 object loads.
"""

from AccessControl import Unauthorized
from danang.portal import _
from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.desk.membership import official_units
from danang.portal.desk.membership import sees_all_units
from danang.portal.desk.query import ALL_STATES
from danang.portal.desk.query import AWAITING_APPROVAL
from danang.portal.desk.query import DEFAULT_PAGE_SIZE
from danang.portal.desk.query import Filters
from danang.portal.desk.query import OPEN_STATES
from danang.portal.desk.query import PENDING_STATES
from danang.portal.desk.query import worklist
from danang.portal.dossier.status import BY_CODE
from danang.portal.dossier.status import BY_STATE
from danang.portal.dossier.status import STATUSES
from danang.portal.workflow.clock import CLASS_TITLES
from danang.portal.workflow.clock import classify_finished
from danang.portal.workflow.clock import EARLY
from danang.portal.workflow.clock import LATE
from danang.portal.workflow.clock import ON_TIME
from datetime import date
from plone import api
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

# The "state" choices besides one state id: the default (still to handle) and everything.
PENDING = "pending"
ALL = "all"
BADGE_COLOURS = {
    "overdue": "text-bg-danger",
    "on-time": "text-bg-success",
    "closed": "text-bg-secondary",
    # Finished dossiers against their appointment (workflow/clock.py).
    EARLY: "text-bg-success",
    ON_TIME: "text-bg-info",
    LATE: "text-bg-warning",
}
FILTER_KEYS = ("state", "unit", "sector", "service", "received_from", "received_to", "channel", "id_number")


class WorklistView(BrowserView):
    denied = False
    errors = ()

    def __call__(self):
        self.update()
        if self.denied:
            self.request.response.setStatus(403)
        return self.index()

    def update(self, b_size=DEFAULT_PAGE_SIZE):
        """Check who asks, read the filters, query the page (shared with the REST variant)."""
        if api.user.is_anonymous():
            # Plone answers with the login form (the REST API with 401).
            raise Unauthorized("the worklist is for officials")
        self.all_units = sees_all_units()
        self.my_units = official_units()
        if not self.my_units and not self.all_units:
            self.denied = True
            return
        self.errors = []
        self.filters = self._filters()
        self.page = worklist(self.filters, self._int("b_start", 0), b_size, now=self.now())

    # --- input ------------------------------------------------------------------------------

    def value(self, key):
        value = self.request.form.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    def _int(self, key, default):
        try:
            return max(0, int(self.value(key) or default))
        except ValueError:
            return default

    def _date(self, key):
        text = self.value(key)
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.errors.append(
                _("error_worklist_date", default="Ngày không hợp lệ (dạng năm-tháng-ngày): ${value}", mapping={"value": text})
            )
            return None

    def now(self):
        return clock.now()

    def units(self):
        """The units whose dossiers are listed: the one chosen, else all of the official's."""
        chosen = self.value("unit")
        if chosen and (self.all_units or chosen in self.my_units):
            return (chosen,)
        return () if self.all_units and not self.my_units else tuple(self.my_units)

    def states(self):
        state = self.value("state") or PENDING
        if state == ALL:
            return ALL_STATES
        if state == AWAITING_APPROVAL:
            return ("processing",)
        if state in BY_STATE:
            return (state,)
        return PENDING_STATES

    def _filters(self):
        channel = self.value("channel")
        received_from, received_to = self._date("received_from"), self._date("received_to")
        if received_from and received_to and received_from > received_to:
            self.errors.append(
                _("error_worklist_date_order", default="Ngày bắt đầu phải trước ngày kết thúc.")
            )
            received_from = received_to = None
        return Filters(
            units=self.units(),
            states=self.states(),
            sector=self.value("sector") or None,
            service_code=self.value("service") or None,
            received_from=received_from,
            received_to=received_to,
            channel=channel if channel in self.channel_terms() else None,
            id_number=self.value("id_number") or None,
            awaiting_approval=self.value("state") == AWAITING_APPROVAL,
        )

    # --- output -----------------------------------------------------------------------------

    def _vocabulary(self, name):
        return getUtility(IVocabularyFactory, name)(self.context)

    def channel_terms(self):
        return {term.value: term.title for term in self._vocabulary("danang.portal.Channels")}

    def channel_options(self):
        selected = self.value("channel")
        return [
            {"value": value, "title": title, "selected": value == selected}
            for value, title in self.channel_terms().items()
        ]

    def sector_options(self):
        selected = self.value("sector")
        return [
            {"value": term.value, "title": term.title, "selected": term.value == selected}
            for term in self._vocabulary("danang.portal.Sectors")
        ]

    def unit_options(self):
        """Units the user may choose (several for managers and multi-unit officials)."""
        agencies = {term.value: term.title for term in self._vocabulary("danang.portal.Agencies")}
        codes = sorted(agencies) if self.all_units else self.my_units
        selected = self.value("unit")
        return [
            {"value": code, "title": agencies.get(code, code), "selected": code == selected}
            for code in codes
        ]

    def service_options(self):
        """Services performed by the listed units (a datalist: typing a code works too)."""
        units = self.filters.units
        if not units:
            return []
        brains = api.content.find(portal_type="Service", agency=list(units), sort_on="sortable_title")
        return [{"code": brain.code, "title": brain.Title} for brain in brains[:300] if brain.code]

    def state_tabs(self):
        """Links to each state with its count under the other filters; the current one marked."""
        counts = self.page.counts
        current = self.value("state") or PENDING
        tabs = [
            {
                "state": PENDING,
                "title": _("worklist_state_pending", default="Cần xử lý"),
                "count": sum(counts.get(state, 0) for state in PENDING_STATES),
            },
            {
                # The leader's step: drafts waiting for approval (state 4, desk/query.py).
                "state": AWAITING_APPROVAL,
                "title": _("worklist_state_awaiting_approval", default="Chờ phê duyệt"),
                "count": counts.get(AWAITING_APPROVAL, 0),
            },
            {
                "state": ALL,
                "title": _("worklist_state_all", default="Tất cả"),
                "count": sum(counts.get(status.state, 0) for status in STATUSES),
            },
        ]
        tabs += [
            {"state": status.state, "title": status.title, "count": counts.get(status.state, 0)}
            for status in STATUSES
        ]
        for tab in tabs:
            tab["current"] = tab["state"] == current
            tab["url"] = self.url(state=tab["state"], b_start=None)
        return tabs

    def url(self, **changes):
        """This page's URL with the current filters, some changed (None removes one)."""
        params = {key: self.value(key) for key in FILTER_KEYS + ("b_start",) if self.value(key)}
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        base = f"{self.context.absolute_url()}/@@ban-lam-viec"
        return f"{base}?{urlencode(params)}" if params else base

    def when(self, moment):
        if not moment:
            return ""
        return moment.astimezone(TIMEZONE).strftime("%H:%M %d/%m/%Y")

    def rows(self):
        channels = self.channel_terms()
        rows = []
        for row in self.page.rows:
            brain = row.brain
            status = BY_CODE.get(brain.dossier_status)
            try:
                applicant = brain.getObject().applicant_name
            except (Unauthorized, AttributeError, KeyError):
                applicant = ""
            if row.overdue:
                badge = ("overdue", _("badge_overdue", default="Quá hạn"))
            elif status is not None and status.state in OPEN_STATES:
                badge = ("on-time", _("badge_within_deadline", default="Trong hạn"))
            elif timing := classify_finished(brain.finished or None, brain.due):
                badge = (timing, CLASS_TITLES[timing])
            else:
                badge = ("closed", _("badge_closed", default="Đã kết thúc"))
            rows.append(
                {
                    "url": brain.getURL(),
                    "code": brain.dossier_code,
                    "service": brain.Description,
                    "service_code": brain.service_code,
                    "applicant": applicant,
                    "received": self.when(brain.received),
                    "due": self.when(brain.due),
                    "status": status.title if status is not None else "",
                    "channel": channels.get(brain.channel, ""),
                    "badge_class": badge[0],
                    "badge_css": f"badge dn-badge-{badge[0]} {BADGE_COLOURS[badge[0]]}",
                    "badge": badge[1],
                }
            )
        return rows

    def batch(self):
        page = self.page
        start, size, total = page.b_start, page.b_size, page.total
        last = max(0, (total - 1) // size) * size
        return {
            "first": start + 1 if total else 0,
            "last": min(total, start + size),
            "total": total,
            "number": start // size + 1,
            "pages": max(1, (total + size - 1) // size),
            "previous": self.url(b_start=str(max(0, start - size)) if start - size > 0 else None) if start > 0 else None,
            "next": self.url(b_start=str(start + size)) if start + size < total else None,
            "last_url": self.url(b_start=str(last)) if start < last else None,
        }

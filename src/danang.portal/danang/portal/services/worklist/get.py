"""``GET <site>/@worklist``: the officials' worklist as JSON, for external apps of the units.

Same query string, same rules and same data as the page ``@@ban-lam-viec`` (desk/view.py):
anonymous callers get 401, accounts of no unit 403, officials their unit's dossiers only.
``b_size`` may go up to 100 (docs/api-worklist.md).
"""

from danang.portal import _
from danang.portal.desk.query import MAX_PAGE_SIZE
from danang.portal.desk.view import WorklistView
from danang.portal.dossier.status import BY_CODE
from danang.portal.dossier.status import STATUSES
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError

# Counts keyed by national status code (as strings: JSON keys), as the national portal knows them;
# "awaiting_approval" (drafts awaiting the leader, desk/query.py) under its own name.
BY_STATE_CODE = {status.state: str(status.code) for status in STATUSES}
DEFAULT_PAGE_SIZE = 20

DENIED = _(
    "worklist_denied",
    default="Trang này dành cho cán bộ của các đơn vị tiếp nhận và giải quyết "
    "hồ sơ. Tài khoản của bạn chưa thuộc đơn vị nào.",
)


class WorklistGet(PortalService):
    def answer(self):
        view = WorklistView(self.context, self.request)
        try:
            size = max(1, min(MAX_PAGE_SIZE, int(self.request.form.get("b_size") or DEFAULT_PAGE_SIZE)))
        except ValueError:
            size = DEFAULT_PAGE_SIZE
        view.update(b_size=size)
        if view.denied:
            raise APIError(403, DENIED)
        page = view.page
        items = []
        for row, shown in zip(page.rows, view.rows()):
            brain = row.brain
            status = BY_CODE.get(brain.dossier_status)
            items.append(
                {
                    "@id": shown["url"],
                    "dossier_code": shown["code"],
                    "service_code": brain.service_code,
                    "service_title": shown["service"],
                    "applicant_name": shown["applicant"],
                    "channel": brain.channel,
                    "received": brain.received.isoformat() if brain.received else None,
                    "due": brain.due.isoformat() if brain.due else None,
                    "status_code": brain.dossier_status,
                    "status": status.title if status else None,
                    "overdue": row.overdue,
                    # within / overdue, early / on_time / late, or closed (refused, withdrawn...).
                    "timing": {"on-time": "within"}.get(shown["badge_class"], shown["badge_class"]),
                }
            )
        return {
            "@id": view.url(),
            "items_total": page.total,
            "overdue_total": page.overdue_total,
            "b_start": page.b_start,
            "b_size": page.b_size,
            "counts": {BY_STATE_CODE.get(state, state): count for state, count in page.counts.items()},
            "errors": list(view.errors),
            "items": items,
        }

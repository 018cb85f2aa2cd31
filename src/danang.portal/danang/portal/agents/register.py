"""The register's pages for site administrators: the list of agents (the folder ``dai-ly``) and
an agent's page with its status history and the suspend / reactivate form."""

from danang.portal import _
from danang.portal.agents.content import AGENT_KINDS
from danang.portal.agents.directory import ACTIVE
from danang.portal.agents.directory import PROFILE_TYPE
from danang.portal.agents.directory import SUSPENDED
from danang.portal.data.units import get_unit
from danang.portal.deadlines.working_calendar import local
from plone import api
from Products.Five.browser import BrowserView

import datetime

STATUS_TITLES = {
    ACTIVE: _("agent_status_active", default="Đang hoạt động"),
    SUSPENDED: _("agent_status_suspended", default="Tạm đình chỉ"),
}
TRANSITION_TITLES = {
    "suspend": _("agent_transition_suspend", default="Tạm đình chỉ"),
    "reactivate": _("agent_transition_reactivate", default="Khôi phục hoạt động"),
    None: _("agent_transition_registered", default="Đăng ký đại lý"),
}


def kind_title(value):
    try:
        return AGENT_KINDS.getTerm(value).title
    except LookupError:
        return value or ""


def unit_name(code):
    unit = get_unit(code)
    return unit["name"] if unit else ""


def day(moment):
    """dd/mm/yyyy in Da Nang time of a datetime or of a DateTime from catalog metadata."""
    if moment is None:
        return ""
    if not isinstance(moment, datetime.datetime):
        moment = moment.asdatetime()
    return local(moment).strftime("%d/%m/%Y")


def _count_dossiers(user_id):
    if not user_id:
        return 0
    catalog = api.portal.get_tool("portal_catalog")
    return len(catalog.unrestrictedSearchResults(portal_type="Dossier", dossier_agent=user_id))


class AgentFolderView(BrowserView):
    """The list of agents, filtered by status (``?status=active|suspended``)."""

    def status_filter(self):
        value = self.request.form.get("status")
        return value if value in STATUS_TITLES else None

    def filters(self):
        url = self.context.absolute_url()
        current = self.status_filter()
        rows = [{"title": _("agent_filter_all", default="Tất cả"), "url": url, "current": current is None}]
        for state, title in STATUS_TITLES.items():
            rows.append({"title": title, "url": f"{url}?status={state}", "current": current == state})
        return rows

    def agents(self):
        query = {
            "portal_type": PROFILE_TYPE,
            "path": "/".join(self.context.getPhysicalPath()),
            "sort_on": "sortable_title",
        }
        if self.status_filter():
            query["review_state"] = self.status_filter()
        rows = []
        for brain in api.content.find(**query):
            profile = brain.getObject()
            state = brain.review_state
            rows.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "kind": kind_title(profile.kind),
                    "licence": profile.licence_number,
                    "area": ", ".join(n for n in (unit_name(profile.ward), unit_name(profile.district)) if n),
                    "user_id": profile.user_id,
                    "state": state,
                    "status": STATUS_TITLES.get(state, state),
                    "dossiers": _count_dossiers(profile.user_id),
                }
            )
        return rows

    def add_url(self):
        if not api.user.has_permission("danang.portal: Add Agent Profile", obj=self.context):
            return None
        return f"{self.context.absolute_url()}/++add++{PROFILE_TYPE}"


class AgentProfileView(BrowserView):
    """An agent's page: details, status with its history, the dossiers it submitted."""

    def state(self):
        return api.content.get_state(self.context, default=None)

    def status(self):
        return STATUS_TITLES.get(self.state(), self.state())

    def kind(self):
        return kind_title(self.context.kind)

    def area(self):
        return ", ".join(n for n in (unit_name(self.context.ward), unit_name(self.context.district)) if n)

    def account(self):
        user = api.user.get(userid=self.context.user_id) if self.context.user_id else None
        if user is None:
            return {"id": self.context.user_id, "fullname": "", "missing": True}
        return {"id": self.context.user_id, "fullname": user.getProperty("fullname", ""), "missing": False}

    def history(self):
        """Registration, suspensions and reactivations: when, by whom, why; newest first."""
        workflow = api.portal.get_tool("portal_workflow")
        rows = []
        for entry in workflow.getInfoFor(self.context, "review_history", []) or []:
            moment = entry.get("time")
            when = local(moment.asdatetime()).strftime("%H:%M %d/%m/%Y") if moment is not None else ""
            actor = entry.get("actor") or ""
            user = api.user.get(userid=actor) if actor else None
            rows.append(
                {
                    "time": when,
                    "action": TRANSITION_TITLES.get(entry.get("action"), entry.get("action")),
                    "actor": (user.getProperty("fullname", "") if user is not None else "") or actor,
                    "comment": entry.get("comments") or "",
                }
            )
        rows.reverse()
        return rows

    def transitions(self):
        """The status changes the current user may make now."""
        workflow = api.portal.get_tool("portal_workflow")
        return [
            {"id": info["id"], "title": TRANSITION_TITLES.get(info["id"], info["title"])}
            for info in workflow.getTransitionsFor(self.context)
        ]

    def dossier_count(self):
        return _count_dossiers(self.context.user_id)

    def recent_dossiers(self, limit=10):
        """The agent's latest dossiers (catalog metadata only: code, service, date)."""
        if not self.context.user_id:
            return []
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(
            portal_type="Dossier",
            dossier_agent=self.context.user_id,
            sort_on="received",
            sort_order="descending",
            sort_limit=limit,
        )[:limit]
        return [
            {"code": brain.dossier_code, "url": brain.getURL(), "service": brain.Description,
             "received": day(brain.received)}
            for brain in brains
        ]

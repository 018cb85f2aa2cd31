"""The dossier panel "Nộp thay bởi đại lý": shown on the dossier page and the applicant page of a
dossier an agent submitted, to its applicant, its agent and the officials handling it."""

from danang.portal import roles
from danang.portal.agents.directory import profile_of
from danang.portal.dossier.applicant_access import may_act
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class AgentPanel(ViewletBase):
    index = ViewPageTemplateFile("templates/agent_panel.pt")

    def update(self):
        super().update()
        self.agent = None
        user_id = getattr(self.context, "agent", None)
        if not user_id or not self._may_see():
            return
        profile = profile_of(user_id)
        user = api.user.get(userid=user_id)
        fullname = (user.getProperty("fullname", "") if user is not None else "") or user_id
        self.agent = {
            "name": profile.Title() if profile is not None else fullname,
            "licence": getattr(profile, "licence_number", None) if profile is not None else None,
            "phone": getattr(profile, "phone", None) if profile is not None else None,
            "address": getattr(profile, "address", None) if profile is not None else None,
            "user_id": user_id,
        }

    def _may_see(self):
        if may_act(self.context, self.request):
            return True
        return roles.holds_any(roles.STAFF, self.context)

    def render(self):
        return self.index() if self.agent else ""

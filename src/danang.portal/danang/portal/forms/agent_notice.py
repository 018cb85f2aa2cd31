"""The notice above a service's e-form when an agent opens it.

An active agent is told they submit on behalf of the applicant (whose details the form does not
pre-fill with the agent's own, forms/prefill.py) and that the applicant follows the dossier with
their own phone or ID number; a suspended agent is told they cannot submit.
"""

from danang.portal.agents.directory import standing
from danang.portal.forms.dossier_action import dossier_action
from danang.portal.forms.view import SubmissionFormView
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class AgentFormNotice(ViewletBase):
    index = ViewPageTemplateFile("templates/agent_form_notice.pt")

    def update(self):
        super().update()
        self.standing = None
        # Only on the form itself (not its edit or results pages), and only if it makes dossiers.
        if not isinstance(self.view, SubmissionFormView) or dossier_action(self.context) is None:
            return
        current = standing()
        if current.active or current.suspended:
            self.standing = current

    def available(self):
        return self.standing is not None

    def render(self):
        return self.index() if self.available() else ""

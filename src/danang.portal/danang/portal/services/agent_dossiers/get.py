"""``GET /@agent-dossiers``: the dossiers the calling agent submitted on applicants' behalf.

For active agents only (permission "danang.portal: Act for Applicants", role ServiceAgent):
others get 401. The catalog query is the agent's own (index ``dossier_agent``) and runs with the
caller's permissions, so a dossier shows only while the agent may view it. Newest first, batched
like plone.restapi's listings (``b_start``, ``b_size``); ``status`` (1-10) filters by status.

200 ``{"@id", "items_total", "items": [{"@id", "code", "status": {"code", "title"},
"service": {"code", "title"}, "applicant": {"name"}, "receiving_unit", "received", "due"}],
"batching"?}``; 400 with the error body of docs/api-conventions.md for a bad ``status``.
"""

from danang.portal import _
from danang.portal.dossier.status import status_of_code
from danang.portal.dossier.status import status_of_state
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError
from plone import api
from plone.restapi.batching import HypermediaBatch


class AgentDossiersGet(PortalService):
    def _status_filter(self):
        value = self.request.form.get("status")
        if value in (None, ""):
            return None
        try:
            status = status_of_code(int(value))
        except (TypeError, ValueError):
            status = None
        if status is None:
            raise ValueError(value)
        return status.code

    def answer(self):
        try:
            status = self._status_filter()
        except ValueError:
            message = _(
                "error_api_status_code", default="\"status\" phải là mã trạng thái hồ sơ, từ 1 đến 10."
            )
            raise APIError(400, message, errors=[("status", message)]) from None
        query = {
            "portal_type": "Dossier",
            "dossier_agent": api.user.get_current().getId(),
            "sort_on": ("received", "dossier_code"),
            "sort_order": "descending",
        }
        if status is not None:
            query["dossier_status"] = status
        brains = api.portal.get_tool("portal_catalog").searchResults(**query)
        batch = HypermediaBatch(self.request, brains)
        answer = {
            "@id": batch.canonical_url,
            "items_total": batch.items_total,
            "items": [self._item(brain) for brain in batch],
        }
        if batch.links:
            answer["batching"] = batch.links
        return answer

    def _item(self, brain):
        dossier = brain.getObject()
        status = status_of_state(api.content.get_state(dossier, default=None))
        return {
            "@id": brain.getURL(),
            "code": dossier.dossier_code,
            "status": {"code": status.code, "title": status.title} if status else None,
            "service": {"code": dossier.service_code, "title": dossier.service_title},
            "applicant": {"name": dossier.applicant_name},
            "receiving_unit": dossier.receiving_unit,
            "received": dossier.received,
            "due": dossier.due,
        }

"""``POST <dossier>/@rating``: the applicant (or agent) rates a returned dossier, once.

Takes ``{"level": "very_satisfied" | "satisfied" | "dissatisfied", "comment": "..."}`` and
answers 201 with the rating (as ``GET``); refusals answer the error body of
docs/api-conventions.md with 400 (bad input, ``errors`` naming the field), 403 (not the
applicant) or 409 (result not returned yet, or already rated), in Vietnamese or English.
"""

from danang.portal.satisfaction.rating import rate
from danang.portal.satisfaction.rating import RatingError
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError
from danang.portal.services.rating.get import rating_answer


class RatingPost(PortalService):
    machine_writes = True

    def answer(self):
        payload = self.json_object()
        try:
            rate(self.context, self.request, payload.get("level"), payload.get("comment"), via="api")
        except RatingError as error:
            errors = [(error.field, error.message)] if error.field else []
            raise APIError(error.status, error.message, errors) from None
        self.request.response.setStatus(201)
        return rating_answer(self.context, self.request)

"""``GET`` and ``POST <dossier>/@rating``: a dossier's satisfaction rating through the REST API.

For the logged-in applicant or agent, and the apps acting for them with their credentials
(Basic auth or plone.restapi's JWT). Officials may read the rating (GET), never give one.
POST takes ``{"level": "very_satisfied" | "satisfied" | "dissatisfied", "comment": "..."}``
and answers 201 with the rating; refusals answer ``{"error": {"type", "message", "field"}}``
with 400 (bad input), 403 (not the applicant) or 409 (result not returned yet, or already
rated), in Vietnamese or English (Accept-Language, like the other endpoints).
"""

from danang.portal import _
from danang.portal.lookup.query import as_json
from danang.portal.satisfaction.levels import LEVELS
from danang.portal.satisfaction.levels import level_title
from danang.portal.satisfaction.rating import COMMENT_MAX_LENGTH
from danang.portal.satisfaction.rating import may_rate
from danang.portal.satisfaction.rating import rate
from danang.portal.satisfaction.rating import RatingError
from danang.portal.satisfaction.rating import rating_of
from danang.portal.services.services.get import response_language
from danang.portal.services.services.get import translated
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services import Service
from zope.interface import alsoProvides

ERROR_TYPES = {400: "BadRequest", 403: "Forbidden", 409: "Conflict"}


def rating_json(rating):
    """The public form of a stored rating (the rater's user id stays on the dossier)."""
    if rating is None:
        return None
    return {
        "level": {"token": rating["level"], "title": level_title(rating["level"])},
        "comment": rating["comment"],
        "time": rating["time"],
        "by": rating["role"],
        "via": rating["via"],
    }


class RatingService(Service):
    def prepare(self):
        language = response_language(self.request)
        self.request.response.setHeader("Content-Language", language)
        self.request.response.setHeader("Cache-Control", "private, no-store, max-age=0")
        return language

    def answer(self, language):
        refusal = may_rate(self.context, self.request)
        return {
            "@id": f"{self.context.absolute_url()}/@rating",
            "code": self.context.dossier_code,
            "rated": rating_of(self.context) is not None,
            "rating": rating_json(rating_of(self.context)),
            "may_rate": refusal is None,
            "reason": refusal.message if refusal is not None else None,
            "levels": [{"token": level, "title": title} for level, title in LEVELS],
            "comment_max_length": COMMENT_MAX_LENGTH,
        }


class RatingGet(RatingService):
    def reply(self):
        language = self.prepare()
        return translated(as_json(self.answer(language)), language)


class RatingPost(RatingService):
    def reply(self):
        # A machine client has no CSRF token: authentication is by credentials on each request.
        alsoProvides(self.request, IDisableCSRFProtection)
        language = self.prepare()
        try:
            payload = json_body(self.request)
            if not isinstance(payload, dict):
                raise DeserializationError("not an object")
        except DeserializationError:
            return self.refuse(
                RatingError(
                    _("error_api_body", default="Nội dung yêu cầu phải là một đối tượng JSON hợp lệ.")
                ),
                language,
            )
        try:
            rate(self.context, self.request, payload.get("level"), payload.get("comment"), via="api")
        except RatingError as error:
            return self.refuse(error, language)
        self.request.response.setStatus(201)
        return translated(as_json(self.answer(language)), language)

    def refuse(self, error, language):
        self.request.response.setStatus(error.status)
        return translated(
            {
                "error": {
                    "type": ERROR_TYPES.get(error.status, "BadRequest"),
                    "message": error.message,
                    "field": error.field,
                }
            },
            language,
        )

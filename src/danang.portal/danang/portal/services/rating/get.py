"""``GET <dossier>/@rating``: a dossier's satisfaction rating and whether the caller may rate.

For the logged-in applicant or agent, and the apps acting for them with their credentials
(Basic auth or plone.restapi's JWT); officials may read the rating, never give one. The answer
(docs/api-rating.md) is also what ``POST`` answers once the rating is stored.
"""

from danang.portal.satisfaction.levels import level_title
from danang.portal.satisfaction.levels import LEVELS
from danang.portal.satisfaction.rating import COMMENT_MAX_LENGTH
from danang.portal.satisfaction.rating import may_rate
from danang.portal.satisfaction.rating import rating_of
from danang.portal.services.base import PortalService


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


def rating_answer(dossier, request):
    """``{"@id", "code", "rated", "rating", "may_rate", "reason", "levels", "comment_max_length"}``."""
    refusal = may_rate(dossier, request)
    return {
        "@id": f"{dossier.absolute_url()}/@rating",
        "code": dossier.dossier_code,
        "rated": rating_of(dossier) is not None,
        "rating": rating_json(rating_of(dossier)),
        "may_rate": refusal is None,
        "reason": refusal.message if refusal is not None else None,
        "levels": [{"token": level, "title": title} for level, title in LEVELS],
        "comment_max_length": COMMENT_MAX_LENGTH,
    }


class RatingGet(PortalService):
    def answer(self):
        return rating_answer(self.context, self.request)

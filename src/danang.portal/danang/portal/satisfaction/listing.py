"""The rating link of a dossier listed from the catalog ("Hồ sơ của tôi"), read from metadata
only: returned (status code 10) and no ``satisfaction`` yet."""

from danang.portal.dossier.applicant_access import portal_view_url
from danang.portal.dossier.status import BY_STATE
from danang.portal.satisfaction.access import RATING_VIEW
from danang.portal.satisfaction.levels import LEVEL_IDS
from danang.portal.satisfaction.rating import RATED_STATE

RATED_STATUS_CODE = BY_STATE[RATED_STATE].code


def rate_url(brain):
    """``@@danh-gia-ho-so?code=`` for a returned, unrated dossier's brain, else None."""
    if getattr(brain, "dossier_status", None) != RATED_STATUS_CODE:
        return None
    # Missing.Value (a brain catalogued before the column existed) or None: not rated.
    if getattr(brain, "satisfaction", None) in LEVEL_IDS:
        return None
    return portal_view_url(RATING_VIEW, {"code": brain.dossier_code})

"""The rating invitation in the "result returned" e-mail (notifications.mail).

The e-mail goes to the address the applicant gave; its link carries a rating-only token
(access.py) valid for weeks, so the applicant rates from the mailbox without an account or a new
look-up.
"""

from danang.portal import _
from danang.portal.acknowledgement.slip import text
from danang.portal.satisfaction.access import rating_url
from danang.portal.satisfaction.rating import rating_of

# The workflow transition whose e-mail invites the rating.
RETURN_TRANSITION = "return_result"


def rating_invitation(dossier, event_id):
    """The paragraph to add to the status e-mail of ``event_id``: the invitation and its link
    after the result is returned and while the dossier is not rated, else None."""
    if event_id != RETURN_TRANSITION or rating_of(dossier) is not None:
        return None
    return text(
        _(
            "status_mail_rating",
            default="Mời Ông/Bà đánh giá mức độ hài lòng với việc giải quyết hồ sơ (Rất hài "
            "lòng, Hài lòng hoặc Không hài lòng) tại: ${url}",
            mapping={"url": rating_url(dossier)},
        )
    )

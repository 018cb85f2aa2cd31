"""The rules of rating a dossier, and the one function that stores a rating.

After the result is returned (state "returned"), whoever acts as the applicant rates the dossier
once: the applicant's account (Owner) or the agent who submitted it (DossierAgent), or the bearer
of a signed link (the look-up's applicant link, or the rating link of the "result returned"
e-mail). Officials of the dossier never rate it, even holding a link: the rating is the
applicant's view of their work. A rating is final; a second attempt is refused and never
overwrites the first (two simultaneous ones write the same object: ZODB lets one commit, and the
other, retried, finds the dossier rated).

Every refusal is a RatingError with a Vietnamese message and the HTTP status that fits it:
403 not allowed, 409 not (or no longer) possible in the dossier's state, 400 bad input.
"""

from Acquisition import aq_base
from danang.portal import _
from danang.portal import clock
from danang.portal import roles
from danang.portal.dossier.applicant_access import check_token
from danang.portal.dossier.applicant_access import is_applicant_user
from danang.portal.satisfaction.access import check_rating_token
from danang.portal.satisfaction.events import DossierRated
from danang.portal.satisfaction.levels import LEVEL_IDS
from plone import api
from zope.event import notify

import re
import unicodedata

RATED_STATE = "returned"
# The dossier attribute holding the rating (a dict set once).
ATTRIBUTE = "satisfaction_rating"
COMMENT_MAX_LENGTH = 1000
# Who rated: the applicant's account, the agent, or the bearer of a signed link.
APPLICANT, AGENT, LINK = "applicant", "agent", "link"
# Control characters other than line breaks and tabs have no place in a comment.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RatingError(Exception):
    status = 400

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class NotAllowed(RatingError):
    status = 403


class NotRatable(RatingError):
    status = 409


class AlreadyRated(NotRatable):
    pass


def rating_of(dossier):
    """The dossier's rating (a copy: level, comment, time, user, role, via), or None."""
    # aq_base: never a "satisfaction_rating" acquired from a container.
    rating = getattr(aq_base(dossier), ATTRIBUTE, None)
    return dict(rating) if rating else None


def is_staff(dossier):
    """The current user handles or administers this dossier."""
    return roles.holds_any(roles.STAFF, dossier)


def rater_role(dossier, request):
    """APPLICANT, AGENT or LINK: in which capacity the request may rate; NotAllowed otherwise."""
    if is_staff(dossier):
        raise NotAllowed(
            _(
                "error_rating_staff",
                default="Cán bộ, công chức giải quyết hồ sơ không đánh giá mức độ hài lòng; chỉ "
                "người nộp hồ sơ được đánh giá.",
            )
        )
    if is_applicant_user(dossier):
        return APPLICANT if roles.APPLICANT in api.user.get_roles(obj=dossier) else AGENT
    token = request.form.get("t")
    if token and (check_token(dossier, token) or check_rating_token(dossier, token)):
        return LINK
    if token:
        raise NotAllowed(
            _(
                "error_rating_link_expired",
                default="Liên kết đánh giá đã hết hạn hoặc không hợp lệ. Vui lòng tra cứu lại hồ "
                "sơ bằng mã hồ sơ và số điện thoại hoặc số CCCD/CMND để đánh giá.",
            )
        )
    raise NotAllowed(
        _(
            "error_rating_not_applicant",
            default="Chỉ người nộp hồ sơ hoặc người được ủy quyền nộp thay mới được đánh giá hồ "
            "sơ này.",
        )
    )


def check_ratable(dossier):
    """NotRatable unless the dossier's result is returned and it has no rating yet."""
    rating = rating_of(dossier)
    if rating is not None:
        raise AlreadyRated(
            _(
                "error_rating_already",
                default="Hồ sơ này đã được đánh giá lúc ${time}. Mỗi hồ sơ chỉ được đánh giá một "
                "lần và không sửa được.",
                mapping={"time": rating["time"].strftime("%H:%M %d/%m/%Y")},
            )
        )
    if api.content.get_state(dossier, default=None) != RATED_STATE:
        raise NotRatable(
            _(
                "error_rating_not_returned",
                default="Hồ sơ chưa trả kết quả. Ông/Bà đánh giá được sau khi nhận kết quả giải "
                "quyết hồ sơ.",
            )
        )


def may_rate(dossier, request):
    """The RatingError that would refuse a rating now, or None when the request may rate."""
    try:
        rater_role(dossier, request)
        check_ratable(dossier)
    except RatingError as error:
        return error
    return None


def clean_level(level):
    if not isinstance(level, str) or level.strip() not in LEVEL_IDS:
        raise RatingError(
            _(
                "error_rating_level",
                default="Vui lòng chọn một mức đánh giá: Rất hài lòng, Hài lòng hoặc Không hài lòng.",
            ),
            field="level",
        )
    return level.strip()


def clean_comment(comment):
    """The comment as stored: NFC (so length counts letters, not combining marks), line breaks
    normalised, control characters dropped, trimmed; at most COMMENT_MAX_LENGTH characters."""
    if comment is None:
        return ""
    if not isinstance(comment, str):
        raise RatingError(
            _("error_rating_comment_type", default="Ý kiến góp ý phải là một đoạn văn bản."),
            field="comment",
        )
    text = unicodedata.normalize("NFC", comment.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text).strip()
    if len(text) > COMMENT_MAX_LENGTH:
        raise RatingError(
            _(
                "error_rating_comment_length",
                default="Ý kiến góp ý tối đa ${max} ký tự; nội dung đã nhập có ${length} ký tự.",
                mapping={"max": COMMENT_MAX_LENGTH, "length": len(text)},
            ),
            field="comment",
        )
    return text


def rate(dossier, request, level, comment="", via="web"):
    """Store the applicant's rating of ``dossier``, index it, fire DossierRated; return it.

    ``request`` tells who rates (login or the token in ``request.form["t"]``); ``via`` is "web"
    or "api". Raises RatingError (NotAllowed, NotRatable/AlreadyRated, or bad input) and then
    stores nothing.
    """
    role = rater_role(dossier, request)
    check_ratable(dossier)
    rating = {
        "level": clean_level(level),
        "comment": clean_comment(comment),
        "time": clock.now(),
        "user": None if api.user.is_anonymous() else api.user.get_current().getId(),
        "role": role,
        "via": via,
    }
    # Set once, never mutated: a plain dict on the dossier is enough for persistence.
    setattr(dossier, ATTRIBUTE, rating)
    dossier.reindexObject(idxs=["satisfaction"])
    notify(DossierRated(dossier, rating["level"]))
    return dict(rating)

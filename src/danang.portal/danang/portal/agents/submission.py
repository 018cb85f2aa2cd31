"""Who a submission is made for: the submission service (submission/service.py) asks here.

An active agent submits on the applicant's behalf: the dossier records the agent and belongs to
no account, and the applicant follows it with their own phone or ID number, so one of them must
be given. A suspended agent submits nothing. Members of the groups in
``danang.portal.submission.agent_groups`` (partners' apps without a profile) also submit on
others' behalf.
"""

from danang.portal import _
from danang.portal import settings
from danang.portal.agents.directory import standing
from danang.portal.agents.settings import ISubmissionSettings
from danang.portal.agents.settings import PREFIX
from plone import api

SUSPENDED_MESSAGE = _(
    "error_agent_suspended",
    default="Đại lý của tài khoản này đang bị tạm đình chỉ hoạt động nên không thể nộp hồ sơ. "
    "Vui lòng liên hệ Sở Thông tin và Truyền thông để được hướng dẫn.",
)
CONTACT_MESSAGE = _(
    "error_agent_applicant_contact",
    default="Khi nộp hồ sơ thay, cần ghi số điện thoại hoặc số CCCD/CMND của người nộp hồ sơ: "
    "người nộp tra cứu hồ sơ bằng mã hồ sơ và một trong hai số này.",
)


class AgentSuspended(Exception):
    """The caller's agent is suspended: nothing may be submitted."""

    message = SUSPENDED_MESSAGE


def _in_agent_groups(user):
    groups = set(user.getGroups() or ())
    return bool(groups & set(settings.read(ISubmissionSettings, PREFIX, "agent_groups") or ()))


def submitting_agent():
    """The logged-in user's id when they submit on an applicant's behalf, None when they submit
    for themselves (or anonymously); raise AgentSuspended when their agent is suspended."""
    current = standing()
    if current.suspended:
        raise AgentSuspended()
    if current.active:
        return current.user_id
    if current.user_id and _in_agent_groups(api.user.get_current()):
        return current.user_id
    return None


def contact_missing(applicant):
    """The message to show when an agent's submission gives neither phone nor ID number."""
    if (applicant.get("phone") or "").strip() or (applicant.get("id_number") or "").strip():
        return None
    return CONTACT_MESSAGE

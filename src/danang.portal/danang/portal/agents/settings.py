"""Registry settings of who submits on others' behalf (``danang.portal.submission.*``).

The record names keep the prefix they shipped with; agents/submission.py reads them.
"""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.submission"


class ISubmissionSettings(Interface):
    agent_groups = schema.List(
        title=_("label_submission_agent_groups", default="Nhóm tài khoản nộp hồ sơ thay"),
        description=_(
            "help_submission_agent_groups",
            default="Thành viên các nhóm này (ứng dụng của đối tác, tổ chức chưa đăng ký đại lý) nộp "
            "hồ sơ thay người dân: hồ sơ ghi nhận tài khoản nộp thay và không thuộc về tài khoản đó. "
            "Đại lý dịch vụ công đã đăng ký (Quản trị > Đại lý dịch vụ công) không cần thuộc các nhóm "
            "này. Người khác nộp là nộp hồ sơ của chính mình.",
        ),
        value_type=schema.ASCIILine(),
        default=["dossier-agents"],
        required=False,
    )

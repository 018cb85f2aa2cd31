"""What each transition needs besides its guard, checked before DCWorkflow changes the state.

The check runs in a BeforeTransitionEvent subscriber, so a transition fired by the dossier page,
plone.restapi's ``@workflow`` or code is refused the same way: with a ``TransitionInputError``
(a ``WorkflowException``, which ``@workflow`` turns into a 400 with the message) carrying a
Vietnamese message. Inputs come as keyword arguments of ``doActionFor``: ``comment``,
``missing_items`` (list of strings).
"""

from danang.portal import _
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.i18n import translate


class TransitionInputError(WorkflowException):
    """A transition refused for a missing input; ``message`` is the i18n message."""

    def __init__(self, message):
        self.message = message
        super().__init__(translate(message, target_language="vi"))


REASON_REQUIRED = {
    "refuse": _("error_refuse_reason", default="Vui lòng nêu lý do không tiếp nhận hồ sơ."),
    "withdraw": _("error_withdraw_reason", default="Vui lòng nêu lý do rút hồ sơ."),
    "stop": _("error_stop_reason", default="Vui lòng nêu lý do dừng xử lý hồ sơ."),
    "return_to_specialist": _(
        "error_return_reason", default="Vui lòng nêu lý do trả lại dự thảo kết quả cho chuyên viên."
    ),
    "request_payment": _(
        "error_payment_comment",
        default="Vui lòng nêu khoản phí, lệ phí hoặc nghĩa vụ tài chính người nộp cần thực hiện.",
    ),
}
# Transitions that end the dossier without a result and cannot be undone: the dossier page asks
# to confirm them, with their reason, on a page of their own (desk/confirm.py).
IRREVERSIBLE = ("withdraw", "refuse", "stop")
# Transitions whose form asks for a comment (optional unless above).
COMMENT_FIELDS = {
    "accept", "refuse", "start_processing", "request_payment", "confirm_payment", "withdraw",
    "stop", "finish", "return_result", "supply", "return_to_specialist",
}


def clean_items(items):
    """The missing items as a list of non-empty lines (a string splits on new lines)."""
    if isinstance(items, str):
        items = items.splitlines()
    return [" ".join(str(item).split()) for item in items or () if str(item or "").strip()]


def supplement_items(kwargs):
    """The missing items of a supplement request: ``missing_items``, or else the comment's lines
    (plone.restapi's ``@workflow`` passes only a comment)."""
    return clean_items(kwargs.get("missing_items")) or clean_items(kwargs.get("comment") or "")


def check_inputs(dossier, transition, kwargs):
    """Raise TransitionInputError when ``transition`` lacks an input it needs."""
    comment = (kwargs.get("comment") or "").strip()
    if transition in REASON_REQUIRED and not comment:
        raise TransitionInputError(REASON_REQUIRED[transition])
    if transition == "request_supplement" and not supplement_items(kwargs):
        raise TransitionInputError(
            _(
                "error_supplement_items",
                default="Vui lòng liệt kê đầy đủ các giấy tờ cần bổ sung (mỗi dòng một giấy tờ).",
            )
        )
    if transition == "supply":
        # Supplements already there when they were requested do not answer the request.
        before = getattr(dossier, "supplements_before_request", 0)
        if len(dossier.files("supplement")) <= before:
            raise TransitionInputError(
                _("error_supply_files", default="Vui lòng tải lên giấy tờ bổ sung trước khi gửi.")
            )
    if transition == "return_to_specialist" and not dossier.results():
        raise TransitionInputError(
            _("error_return_no_draft", default="Hồ sơ chưa có dự thảo kết quả chờ phê duyệt.")
        )
    if transition == "finish" and not dossier.results():
        raise TransitionInputError(
            _(
                "error_finish_result",
                default="Chưa có tệp kết quả giải quyết: chuyên viên cần đính kèm kết quả trước khi "
                "lãnh đạo phê duyệt.",
            )
        )

"""``perform``: fire a dossier transition with its inputs, as the current user.

The dossier page's forms and the desk call it; plone.restapi's ``@workflow`` goes straight to
DCWorkflow and meets the same guards and input checks (rules.py).
"""

from danang.portal import _
from danang.portal import roles
from danang.portal.dossier.create import add_files
from danang.portal.workflow.handover import HANDOVER
from danang.portal.workflow.rules import clean_items
from danang.portal.workflow.rules import TransitionInputError
from danang.portal.workflow.supplement_files import checked_dossier_files
from danang.portal.workflow.supplement_files import checked_supplements
from plone import api


def allowed_transitions(dossier):
    """Ids of the transitions the current user may fire on the dossier now."""
    workflow = api.portal.get_tool("portal_workflow")
    return [info["id"] for info in workflow.getTransitionsFor(dossier)]


def supplement_comment(items, comment=""):
    lines = [f"{number}. {item}" for number, item in enumerate(items, 1)]
    head = api.portal.translate(
        _("supplement_items_heading", default="Giấy tờ cần bổ sung:"), lang="vi"
    )
    return "\n".join(([comment.strip()] if comment and comment.strip() else []) + [head] + lines)


def attach_result(dossier, upload):
    """Attach the (draft) result file; only who may add files to the dossier now. The file
    meets the applicants' checks (supplement_files.py): an official's upload is no more trusted."""
    if not api.user.has_permission("danang.portal: Add Dossier File", obj=dossier):
        raise TransitionInputError(
            _("error_result_not_allowed", default="Bạn không thể đính kèm kết quả cho hồ sơ này.")
        )
    added = add_files(dossier, checked_dossier_files(dossier, [upload]), kind="result")
    for item in added:
        hide_draft(item)
    # It now awaits the leader's approval (the worklist's filter).
    dossier.reindexObject(idxs=["awaiting_approval"])
    return added


# Until a leader approves it, a result is a draft the applicant must not see.


def hide_draft(item):
    item.manage_permission("View", roles=sorted(roles.STAFF), acquire=False)


def release_results(dossier):
    """On approval: the result files follow the dossier's View permission again (drafts sent
    back stay with the officials)."""
    for item in dossier.results():
        item.manage_permission("View", roles=[], acquire=True)


def is_released(item):
    """True when the result file follows the dossier's View permission (approved, and not
    withheld for unpaid fees: payment/result_access.py hides it again with ``hide_draft``)."""
    return bool(item.acquiredRolesAreUsedBy("View"))


def released_results(dossier):
    """The result files the applicant may download now."""
    if api.content.get_state(dossier, default=None) not in APPROVED:
        return []
    return [item for item in dossier.results() if is_released(item)]


def results_withheld(dossier):
    """True when the result is approved but not handed over yet (its fees are owed)."""
    if api.content.get_state(dossier, default=None) not in APPROVED:
        return False
    return any(not is_released(item) for item in dossier.results())


# States in which a result has been approved.
APPROVED = ("finished", "returned")
RESULT_WITHHELD = _(
    "result_withheld",
    default="Kết quả đã được phê duyệt và sẽ tải được sau khi bạn nộp đủ phí, lệ phí (xem mục "
    "thanh toán của hồ sơ).",
)


def return_drafts(dossier):
    """The leader sent the drafts back: kept for the record, no longer awaiting approval."""
    for item in dossier.results():
        item.returned = True


def attach_supplement(dossier, uploads):
    """Attach supplement files, checked like the e-form's uploads (supplement_files.py)."""
    if not api.user.has_permission("danang.portal: Add Dossier File", obj=dossier):
        raise TransitionInputError(
            _("error_supplement_not_allowed", default="Hồ sơ không ở trạng thái chờ bổ sung giấy tờ.")
        )
    added = add_files(dossier, checked_supplements(dossier, uploads), kind="supplement")
    # Which request it answers: the dossier page groups supplements by round (1, 2...).
    rounds = sum(
        1
        for entry in dossier.status_history or ()
        # A hand-over keeps the state: it is no new request (workflow/handover.py).
        if entry.get("state") == "supplement" and entry.get("transition") != HANDOVER
    )
    for item in added:
        item.supplement_round = max(1, rounds)
    return added


def perform(dossier, transition, comment="", missing_items=None, amount=None):
    """Fire ``transition``; raise TransitionInputError (Vietnamese message) when not allowed or
    an input is missing. ``amount``: what a payment request asks for (None: the fees).
    Returns the new state id."""
    if transition not in allowed_transitions(dossier):
        raise TransitionInputError(
            _(
                "error_transition_not_allowed",
                default="Bạn không thể thực hiện thao tác này với hồ sơ ở trạng thái hiện tại.",
            )
        )
    kwargs = {"comment": (comment or "").strip()}
    if amount is not None:
        # The amount owed with a payment request (payment/obligations.py).
        kwargs["amount"] = amount
    if transition == "request_supplement":
        items = clean_items(missing_items)
        kwargs["missing_items"] = items
        if items:
            kwargs["comment"] = supplement_comment(items, comment)
    workflow = api.portal.get_tool("portal_workflow")
    workflow.doActionFor(dossier, transition, **kwargs)
    return api.content.get_state(dossier)

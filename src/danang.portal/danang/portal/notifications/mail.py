"""Status-change e-mails to the applicant, in Vietnamese, with the look-up link.

Accepting a dossier sends the receipt (acknowledgement.signed_slip.send_receipt: form 01 with the
appointment date set on accept). Refusal, supplement and payment requests and "result ready" send
the message below. Like the receipt, it leaves through mail.py only after the transaction commits
(a transition that fails sends nothing) and a mail server that is down is logged, never fatal.
"""

from danang.portal import _
from danang.portal import mail
from danang.portal.acknowledgement.mail import lookup_hint
from danang.portal.acknowledgement.signed_slip import send_receipt
from danang.portal.acknowledgement.slip import lookup_url
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import text
from danang.portal.dossier import appointment
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.status import status_of_state
from danang.portal.satisfaction.mail import rating_invitation
from plone import api

INTROS = {
    "refuse": _(
        "status_mail_refused",
        default="Hồ sơ của Ông/Bà không được tiếp nhận. Lý do: ${comment}",
    ),
    "request_supplement": _(
        "status_mail_supplement",
        default="Hồ sơ của Ông/Bà cần bổ sung giấy tờ. Ông/Bà vui lòng đăng nhập Cổng dịch vụ công "
        "và nộp bổ sung trên trang hồ sơ, hoặc nộp tại bộ phận một cửa. Thời hạn giải quyết tạm "
        "dừng cho đến khi nhận đủ giấy tờ.\n${comment}",
    ),
    "request_payment": _(
        "status_mail_payment",
        default="Hồ sơ của Ông/Bà cần thực hiện nghĩa vụ tài chính trước khi tiếp tục giải quyết. "
        "Nội dung: ${comment}",
    ),
    "finish": _(
        "status_mail_finished",
        default="Hồ sơ của Ông/Bà đã giải quyết xong, kết quả sẵn sàng để trả. Ông/Bà có thể tải "
        "kết quả trên trang hồ sơ khi đã đăng nhập, hoặc nhận tại bộ phận một cửa.",
    ),
    "return_result": _(
        "status_mail_returned",
        default="Kết quả giải quyết hồ sơ của Ông/Bà đã được trả.",
    ),
    # A step that moved the appointment (the end of a pause): the new date and why.
    "due_change": _("status_mail_due_change", default="${comment}"),
    # A reorganisation gave the dossier to a dissolved unit's successor (workflow/handover.py).
    "handover": _(
        "status_mail_handover",
        default="Hồ sơ của Ông/Bà đã được chuyển giao cho ${unit} do sắp xếp đơn vị hành chính "
        "(${comment}). Ngày hẹn trả kết quả không thay đổi: ${due}.",
    ),
    "apology": _(
        "status_mail_apology",
        default="Cơ quan giải quyết xin lỗi Ông/Bà vì hồ sơ chưa giải quyết xong đúng hẹn. Ngày "
        "hẹn trả kết quả mới: ${due}. Lý do: ${comment}",
    ),
}


def build_message(dossier, event_id, comment, unit=""):
    """The status e-mail of ``event_id`` (a key of INTROS) to the dossier's applicant."""
    status = status_of_state(api.content.get_state(dossier, default=None))
    subject = text(
        _(
            "status_mail_subject",
            default="Hồ sơ ${code}: ${status}",
            mapping={"code": dossier.dossier_code, "status": text(status.title) if status else ""},
        )
    )
    about = text(
        _(
            "status_mail_code",
            default="Hồ sơ ${code} (${service})",
            mapping={"code": dossier.dossier_code, "service": dossier.service_title},
        )
    )
    intro = text(
        _(
            INTROS[event_id],
            default=INTROS[event_id].default,
            mapping={
                "comment": comment or "",
                "unit": unit,
                "due": moment_text(dossier.due) if getattr(dossier, "due", None) else "",
            },
        )
    )
    html = mail.render(
        greeting=text(mail.greeting(dossier.applicant_name)),
        before=[
            "\n".join((about, intro)),
            # The invitation to rate the service, with its link (satisfaction/mail.py).
            rating_invitation(dossier, event_id),
            lookup_hint(lookup_url()),
        ],
        footer=text(mail.FOOTER),
    )
    return mail.compose(subject, (dossier.applicant_name, dossier.applicant_email), html)


def send_status_mail(dossier, event_id, comment="", unit=""):
    """Queue the e-mail for ``event_id`` (a key of INTROS) after commit. True when queued."""
    if not getattr(dossier, "applicant_email", None):
        return False
    # Built now, inside the transaction: the hook holds no persistent object.
    message = build_message(dossier, event_id, comment, unit)
    return mail.send_after_commit(lambda: message, f"the status of {dossier.dossier_code} to the applicant")


def status_changed(dossier, event):
    """IDossierStatusChanged subscriber: the applicant hears of each change that concerns them."""
    transition = event.transition
    if transition == "accept":
        send_receipt(dossier)
    elif transition in INTROS:
        send_status_mail(dossier, transition, event.comment or "")
    if event.due_change is not None and transition != "accept":
        send_status_mail(dossier, "due_change", text(appointment.summary_message(event.due_change, text)))


def apology_issued(dossier, event):
    """IApologyIssued subscriber: the applicant learns the new appointment and its reason."""
    send_status_mail(dossier, "apology", event.letter["reason"])


def handed_over(dossier, event):
    """IDossierHandedOver subscriber: the applicant learns which unit now handles the dossier."""
    agency = agency_by_code(event.to_unit)
    send_status_mail(dossier, "handover", event.reason, agency.Title() if agency is not None else event.to_unit)

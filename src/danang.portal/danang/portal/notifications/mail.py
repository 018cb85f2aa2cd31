"""Status-change e-mails to the applicant, in Vietnamese, with the look-up link.

Accepting a dossier sends the receipt (receipts.mail.send_receipt: form 01 with the appointment
date set on accept). Refusal, supplement and payment requests and "result ready" send the
message below. Like the receipt, it leaves only after the transaction commits (a transition
that fails sends nothing) and a mail server that is down is logged, never fatal.
"""

from danang.portal import _
from danang.portal.dossier.status import status_of_state
from danang.portal.acknowledgement.mail import _sender
from danang.portal.acknowledgement.mail import send_receipt
from danang.portal.acknowledgement.slip import lookup_url
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import text
from danang.portal.satisfaction.mail import rating_lines
from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from email.utils import make_msgid
from plone import api

import logging
import transaction

logger = logging.getLogger(__name__)

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
    "apology": _(
        "status_mail_apology",
        default="Cơ quan giải quyết xin lỗi Ông/Bà vì hồ sơ chưa giải quyết xong đúng hẹn. Ngày "
        "hẹn trả kết quả mới: ${due}. Lý do: ${comment}",
    ),
}


def build_message(dossier, event_id, comment, sender):
    status = status_of_state(api.content.get_state(dossier, default=None))
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = text(
        _(
            "status_mail_subject",
            default="Hồ sơ ${code}: ${status}",
            mapping={"code": dossier.dossier_code, "status": text(status.title) if status else ""},
        )
    )
    message["From"] = sender
    message["To"] = formataddr((dossier.applicant_name, dossier.applicant_email))
    message["Message-ID"] = make_msgid(domain="danang.portal")
    body = [
        text(_("receipt_mail_greeting", default="Kính gửi ${name},", mapping={"name": dossier.applicant_name})),
        "",
        text(
            _(
                "status_mail_code",
                default="Hồ sơ ${code} (${service})",
                mapping={"code": dossier.dossier_code, "service": dossier.service_title},
            )
        ),
        text(
            _(
                INTROS[event_id],
                default=INTROS[event_id].default,
                mapping={
                    "comment": comment or "",
                    "due": moment_text(dossier.due) if getattr(dossier, "due", None) else "",
                },
            )
        ),
        # The invitation to rate the service, with its link (satisfaction/mail.py).
        *rating_lines(dossier, event_id),
        "",
        text(
            _(
                "receipt_mail_lookup",
                default="Tra cứu tình trạng hồ sơ tại ${url} bằng mã hồ sơ và số điện thoại hoặc số CCCD/CMND đã khai.",
                mapping={"url": lookup_url()},
            )
        ),
        "",
        text(_("receipt_mail_footer", default="Thư này được gửi tự động, vui lòng không trả lời.")),
    ]
    message.set_content("\n".join(body), cte="quoted-printable")
    return message


def _deliver(success, mailhost, message, code):
    if not success:
        return
    try:
        mailhost.send(message, immediate=True)
    except Exception:  # the dossier is stored; a mail server must not change that
        logger.exception("Could not e-mail the status of %s to the applicant", code)


def send_status_mail(dossier, event_id, comment=""):
    """Queue the e-mail for ``event_id`` (a key of INTROS) after commit. True when queued."""
    if not getattr(dossier, "applicant_email", None):
        return False
    sender = _sender()
    if sender is None:
        logger.warning("No site e-mail address configured: status of %s not e-mailed", dossier.dossier_code)
        return False
    message = build_message(dossier, event_id, comment, sender)
    mailhost = api.portal.get_tool("MailHost")
    transaction.get().addAfterCommitHook(_deliver, args=(mailhost, message, dossier.dossier_code))
    return True


def status_changed(dossier, event):
    """IDossierStatusChanged subscriber: the applicant hears of each change that concerns them."""
    transition = event.transition
    if transition == "accept":
        send_receipt(dossier)
    elif transition in INTROS:
        send_status_mail(dossier, transition, event.comment or "")

"""The receipt by e-mail: a short message with the key facts and the PDF slip attached.

Sent through the site's MailHost right after the transaction commits: a submission that fails
and rolls back sends nothing, and a mail server that is down never costs the applicant their
dossier (the failure is logged; the receipt page and the look-up still work).
"""

from danang.portal import _
from danang.portal.acknowledgement.pdf import FontMissing
from danang.portal.acknowledgement.pdf import render_pdf
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.acknowledgement.slip import text
from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from email.utils import make_msgid
from html import escape
from plone import api

import logging
import transaction

logger = logging.getLogger(__name__)


def _lines(slip):
    due = moment_text(slip.due) if slip.due else text(_("receipt_no_due", default="Trả ngay trong ngày"))
    return [
        (text(_("receipt_code", default="Mã hồ sơ")), slip.code),
        (text(_("receipt_procedure_short", default="Thủ tục")), slip.procedure),
        (text(_("receipt_issuer", default="Cơ quan tiếp nhận")), slip.issuer),
        (text(_("receipt_received_short", default="Thời gian nhận hồ sơ")), moment_text(slip.received)),
        (text(_("receipt_due_short", default="Ngày hẹn trả kết quả")), due),
        (text(_("receipt_delivery_short", default="Nhận kết quả tại")), slip.delivery),
    ]


def build_message(slip, sender, pdf=None):
    """The e-mail (an EmailMessage) for the applicant of this slip."""
    # SMTP policy: CRLF line ends, as the wire needs (MailHost sends the bytes as they are).
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = text(_(
        "receipt_mail_subject",
        default="Giấy tiếp nhận hồ sơ ${code}",
        mapping={"code": slip.code},
    ))
    message["From"] = sender
    message["To"] = formataddr((slip.applicant_name, slip.applicant_email))
    message["Message-ID"] = make_msgid(domain="danang.portal")
    greeting = text(_("receipt_mail_greeting", default="Kính gửi ${name},", mapping={"name": slip.applicant_name}))
    intro = text(_(
        "receipt_mail_intro",
        default="Hồ sơ của Ông/Bà đã được tiếp nhận trên Cổng dịch vụ công trực tuyến thành phố Đà Nẵng.",
    ))
    attached = text(_(
        "receipt_mail_attached",
        default="Giấy tiếp nhận hồ sơ và hẹn trả kết quả được đính kèm thư này (tệp PDF).",
    ))
    hint = text(_(
        "receipt_mail_lookup",
        default="Tra cứu tình trạng hồ sơ tại ${url} bằng mã hồ sơ và số điện thoại hoặc số CCCD/CMND đã khai.",
        mapping={"url": slip.lookup_url},
    ))
    automatic = text(_("receipt_mail_footer", default="Thư này được gửi tự động, vui lòng không trả lời."))
    facts = _lines(slip)
    plain = "\n".join(
        [greeting, "", intro, ""] + [f"{label}: {value}" for label, value in facts]
        + ["", attached if pdf else "", hint, "", automatic]
    )
    # Quoted-printable keeps every line short whatever the text: SMTP servers refuse long lines.
    message.set_content(plain, cte="quoted-printable")
    rows = "\n".join(
        f"<tr><th style='text-align:left;padding:2px 12px 2px 0'>{escape(label)}</th>"
        f"<td>{escape(value or '')}</td></tr>"
        for label, value in facts
    )
    html = (
        f"<p>{escape(greeting)}</p><p>{escape(intro)}</p><table>{rows}</table>"
        + (f"<p>{escape(attached)}</p>" if pdf else "")
        + f"<p>{escape(hint)}</p><p><small>{escape(automatic)}</small></p>"
    )
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    if pdf:
        message.add_attachment(
            pdf, maintype="application", subtype="pdf", filename=f"giay-tiep-nhan-{slip.code}.pdf"
        )
    return message


def _sender():
    address = api.portal.get_registry_record("plone.email_from_address", default=None)
    if not address:
        return None
    name = api.portal.get_registry_record("plone.email_from_name", default=None) or ""
    return formataddr((name, address))


def _deliver(success, mailhost, slip, sender):
    """After-commit hook: render and send, only once the dossier is safely stored."""
    if not success:
        return
    try:
        try:
            pdf = render_pdf(slip)
        except FontMissing:
            logger.exception("Receipt %s e-mailed without its PDF", slip.code)
            pdf = None
        mailhost.send(build_message(slip, sender, pdf), immediate=True)
    except Exception:  # never let the mail server decide the fate of a stored dossier
        logger.exception("Could not e-mail the receipt of %s to the applicant", slip.code)


def send_slip(slip):
    """E-mail the receipt when the current transaction commits. Returns True when scheduled.

    Not MailHost's transactional delivery: it connects to the SMTP server while the transaction
    votes, so a server that is down would abort the transaction and lose the dossier.
    """
    if not slip.applicant_email:
        return False
    sender = _sender()
    if sender is None:
        logger.warning("No site e-mail address configured: receipt %s not e-mailed", slip.code)
        return False
    mailhost = api.portal.get_tool("MailHost")
    transaction.get().addAfterCommitHook(_deliver, args=(mailhost, slip, sender))
    return True


def send_receipt(dossier):
    """Queue the receipt e-mail of a dossier (see send_slip)."""
    return send_slip(slip_for(dossier))

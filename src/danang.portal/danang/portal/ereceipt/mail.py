"""The receipt by e-mail to the payer (or, without their address, the dossier's applicant), with
the PDF attached.

Like the submission receipt (receipts/mail.py) it leaves only after the transaction commits: a
payment that fails and rolls back sends nothing, and a mail server that is down never undoes a
recorded payment (the failure is logged; the receipt stays on the dossier and can be downloaded).
"""

from danang.portal import _
from danang.portal.ereceipt.pdf import render_pdf
from danang.portal.ereceipt.sheet import sheet_for
from danang.portal.acknowledgement.mail import _sender
from danang.portal.acknowledgement.pdf import FontMissing
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


def _facts(sheet):
    facts = [
        (text(_("ereceipt_symbol", default="Ký hiệu")), sheet.symbol),
        (text(_("ereceipt_number", default="Số")), sheet.number),
        (text(_("ereceipt_unit", default="Đơn vị thu")), sheet.unit_name),
        (text(_("ereceipt_dossier_code", default="Mã hồ sơ")), sheet.dossier_code),
        (text(_("ereceipt_service", default="Thủ tục")), sheet.service),
        (text(_("ereceipt_total", default="Tổng cộng")), f"{sheet.total} đồng ({sheet.total_in_words})"),
        (text(_("ereceipt_method", default="Hình thức thanh toán")), sheet.method),
    ]
    if sheet.reference:
        facts.append((sheet.reference_label, sheet.reference))
    facts.append((text(_("ereceipt_issued_at", default="Ngày lập")), sheet.issued_text))
    return facts


def build_message(sheet, recipient, sender, pdf=None):
    """The e-mail (an EmailMessage) carrying a receipt to ``recipient`` (name, address)."""
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = text(_(
        "ereceipt_mail_subject",
        # No parentheses: the e-mail package's header folding eats the space before them.
        default="Biên lai thu phí, lệ phí: ký hiệu ${symbol}, số ${number}, hồ sơ ${code}",
        mapping={"number": sheet.number, "symbol": sheet.symbol, "code": sheet.dossier_code},
    ))
    message["From"] = sender
    message["To"] = formataddr(recipient)
    message["Message-ID"] = make_msgid(domain="danang.portal")
    greeting = text(_("receipt_mail_greeting", default="Kính gửi ${name},", mapping={"name": recipient[0]}))
    intro = text(_(
        "ereceipt_mail_intro",
        default="Cơ quan đã nhận khoản thanh toán phí, lệ phí của hồ sơ ${code} và lập biên lai điện tử dưới đây.",
        mapping={"code": sheet.dossier_code},
    ))
    attached = text(_("ereceipt_mail_attached", default="Biên lai được đính kèm thư này (tệp PDF)."))
    verify = text(_(
        "ereceipt_mail_verify",
        default="Xác minh biên lai tại ${url} (mã tra cứu ${code}).",
        mapping={"url": sheet.verification_url, "code": sheet.verification_code},
    ))
    automatic = text(_("receipt_mail_footer", default="Thư này được gửi tự động, vui lòng không trả lời."))
    facts = _facts(sheet)
    plain = "\n".join(
        [greeting, "", intro, ""] + [f"{label}: {value}" for label, value in facts]
        + ["", attached if pdf else "", verify, "", automatic]
    )
    message.set_content(plain, cte="quoted-printable")
    rows = "\n".join(
        f"<tr><th style='text-align:left;padding:2px 12px 2px 0'>{escape(label)}</th><td>{escape(value)}</td></tr>"
        for label, value in facts
    )
    html = (
        f"<p>{escape(greeting)}</p><p>{escape(intro)}</p><table>{rows}</table>"
        + (f"<p>{escape(attached)}</p>" if pdf else "")
        + f"<p>{escape(verify)}</p><p><small>{escape(automatic)}</small></p>"
    )
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    if pdf:
        message.add_attachment(
            pdf, maintype="application", subtype="pdf", filename=attachment_name(sheet)
        )
    return message


def attachment_name(sheet):
    return f"bien-lai-{sheet.symbol}-{sheet.number}.pdf"


def _deliver(success, mailhost, sheet, recipient, sender):
    """After-commit hook: render and send, only once the receipt is stored."""
    if not success:
        return
    try:
        try:
            pdf = render_pdf(sheet)
        except FontMissing:
            logger.exception("Receipt %s %s e-mailed without its PDF", sheet.symbol, sheet.number)
            pdf = None
        mailhost.send(build_message(sheet, recipient, sender, pdf), immediate=True)
    except Exception:  # the payment and its receipt are stored; a mail server must not change that
        logger.exception("Could not e-mail receipt %s %s", sheet.symbol, sheet.number)


def send_receipt_mail(dossier, receipt):
    """E-mail the receipt when the current transaction commits. True when scheduled.

    To the payer's address, else the applicant's. The sheet is built now (inside the
    transaction, with the request's site and language); the hook holds no persistent object.
    """
    address = receipt["payer_email"] or getattr(dossier, "applicant_email", None)
    if not address:
        return False
    sender = _sender()
    if sender is None:
        logger.warning("No site e-mail address configured: receipt %s %s not e-mailed",
                       receipt["symbol"], receipt["number"])
        return False
    mailhost = api.portal.get_tool("MailHost")
    transaction.get().addAfterCommitHook(
        _deliver, args=(mailhost, sheet_for(receipt), (receipt["payer_name"], address), sender)
    )
    return True

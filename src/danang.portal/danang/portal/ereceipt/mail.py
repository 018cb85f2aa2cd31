"""The receipt by e-mail to the payer (or, without their address, the dossier's applicant), with
the PDF attached.

Like the submission receipt (acknowledgement/mail.py) it leaves through mail.py only after the
transaction commits: a payment that fails and rolls back sends nothing, and a mail server that is
down never undoes a recorded payment (the failure is logged; the receipt stays on the dossier and
can be downloaded).
"""

from danang.portal import _
from danang.portal import mail
from danang.portal.acknowledgement.pdf import FontMissing
from danang.portal.acknowledgement.slip import text
from danang.portal.ereceipt.pdf import signed_pdf
from danang.portal.ereceipt.sheet import sheet_for
from functools import partial

import logging

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


def build_message(sheet, recipient, pdf=None):
    """The e-mail (an EmailMessage) carrying a receipt to ``recipient`` (name, address)."""
    subject = text(_(
        "ereceipt_mail_subject",
        # No parentheses: the e-mail package's header folding eats the space before them.
        default="Biên lai thu phí, lệ phí: ký hiệu ${symbol}, số ${number}, hồ sơ ${code}",
        mapping={"number": sheet.number, "symbol": sheet.symbol, "code": sheet.dossier_code},
    ))
    intro = text(_(
        "ereceipt_mail_intro",
        default="Cơ quan đã nhận khoản thanh toán phí, lệ phí của hồ sơ ${code} và lập biên lai điện tử dưới đây.",
        mapping={"code": sheet.dossier_code},
    ))
    attached = text(_("ereceipt_mail_attached", default="Biên lai được đính kèm thư này (tệp PDF).")) if pdf else ""
    verify = text(_(
        "ereceipt_mail_verify",
        default="Xác minh biên lai tại ${url} (mã tra cứu ${code}).",
        mapping={"url": sheet.verification_url, "code": sheet.verification_code},
    ))
    html = mail.render(greeting=text(mail.greeting(recipient[0])), before=[intro], facts=_facts(sheet),
                       after=[attached, verify], footer=text(mail.FOOTER))
    pdfs = [(attachment_name(sheet), "application", "pdf", pdf)] if pdf else []
    return mail.compose(subject, recipient, html, pdfs)


def attachment_name(sheet):
    return f"bien-lai-{sheet.symbol}-{sheet.number}.pdf"


def _signed_pdf(dossier, receipt, sheet):
    """The signed PDF, made now: its signature record is stored with the receipt's transaction."""
    try:
        return signed_pdf(dossier, receipt, sheet)
    except FontMissing:
        logger.exception("Receipt %s %s e-mailed without its PDF", sheet.symbol, sheet.number)
        return None


def _with_pdf(sheet, recipient, pdf):
    """Run after commit: the message is sent only once the receipt is stored."""
    return build_message(sheet, recipient, pdf)


def send_receipt_mail(dossier, receipt):
    """E-mail the receipt when the current transaction commits (mail.send_after_commit). True
    when scheduled.

    To the payer's address, else the applicant's. The sheet is built now (inside the
    transaction, with the request's site and language); the hook holds no persistent object.
    """
    address = receipt["payer_email"] or getattr(dossier, "applicant_email", None)
    if not address:
        return False
    sheet = sheet_for(receipt)
    return mail.send_after_commit(
        partial(_with_pdf, sheet, (receipt["payer_name"], address), _signed_pdf(dossier, receipt, sheet)),
        f"receipt {receipt['symbol']} {receipt['number']}",
    )

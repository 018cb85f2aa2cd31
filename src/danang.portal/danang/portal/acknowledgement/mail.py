"""The receipt by e-mail: a short message with the key facts and the PDF slip attached.

Sent through mail.py once the transaction commits: a submission that fails and rolls back sends
nothing, and a mail server that is down never costs the applicant their dossier (the failure is
logged; the receipt page and the look-up still work). A submission's receipt leaves once its
slip is signed (signed_slip.py ``send_receipt``).
"""

from danang.portal import _
from danang.portal import mail
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import text
from functools import partial


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


def lookup_hint(url):
    """The closing hint of the applicant's mails: where and how to follow the dossier."""
    return text(_(
        "receipt_mail_lookup",
        default="Tra cứu tình trạng hồ sơ tại ${url} bằng mã hồ sơ và số điện thoại hoặc số CCCD/CMND đã khai.",
        mapping={"url": url},
    ))


def build_message(slip, pdf=None):
    """The e-mail (an EmailMessage) for the applicant of this slip, with the PDF when given."""
    subject = text(_("receipt_mail_subject", default="Giấy tiếp nhận hồ sơ ${code}", mapping={"code": slip.code}))
    intro = text(_(
        "receipt_mail_intro",
        default="Hồ sơ của Ông/Bà đã được tiếp nhận trên Cổng dịch vụ công trực tuyến thành phố Đà Nẵng.",
    ))
    attached = text(_(
        "receipt_mail_attached",
        default="Giấy tiếp nhận hồ sơ và hẹn trả kết quả được đính kèm thư này (tệp PDF).",
    )) if pdf else ""
    html = mail.render(greeting=text(mail.greeting(slip.applicant_name)), before=[intro], facts=_lines(slip),
                       after=[attached, lookup_hint(slip.lookup_url)], footer=text(mail.FOOTER))
    attachments = [(f"giay-tiep-nhan-{slip.code}.pdf", "application", "pdf", pdf)] if pdf else []
    return mail.compose(subject, (slip.applicant_name, slip.applicant_email), html, attachments)


def send_slip(slip, pdf=None):
    """E-mail the receipt, with ``pdf`` attached when given, when the current transaction
    commits (mail.send_after_commit). Returns True when scheduled."""
    if not slip.applicant_email:
        return False
    return mail.send_after_commit(partial(build_message, slip, pdf), f"the receipt of {slip.code} to the applicant")

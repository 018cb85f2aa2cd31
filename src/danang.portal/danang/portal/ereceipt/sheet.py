"""What a receipt shows, as text: one plain record feeds the page, the PDF and the e-mail.

Built from the stored receipt record (issue.py), so the three outputs always say the same thing
and the e-mail, sent after the transaction commits, needs no persistent object.
"""

from danang.portal import _
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import place_date_text
from danang.portal.acknowledgement.slip import text
from danang.portal.ereceipt.access import verification_page_url
from danang.portal.ereceipt.access import verification_url
from danang.portal.ereceipt.amounts import in_figures
from danang.portal.ereceipt.verification import grouped
from danang.portal.payment.interfaces import IPaymentProvider
from dataclasses import dataclass
from datetime import datetime
from zope.component import queryUtility

# The mark of a receipt of the sandbox payment, on its page, its PDF and its verification.
TEST_RECEIPT = _(
    "ereceipt_test_receipt",
    default="BIÊN LAI THỬ NGHIỆM - cổng thanh toán thử nghiệm, không thu tiền thật, không có giá trị",
)


@dataclass
class Line:
    position: int
    name: str
    amount: str  # in figures, "75.000"


@dataclass
class Sheet:
    unit_name: str
    unit_address: str
    unit_tax_code: str
    form_code: str
    symbol: str
    number: str
    issued_at: datetime
    issued_text: str  # "09 giờ 05 phút, ngày 03/03/2025"
    place_date: str  # "Đà Nẵng, ngày 03 tháng 03 năm 2025"
    payer_name: str
    payer_address: str
    payer_email: str
    dossier_code: str
    service: str
    lines: list
    total: str
    total_in_words: str
    method: str
    reference_label: str
    reference: str
    paid_at: str
    collector: str
    verification_url: str  # with symbol, number and code: what the QR code carries
    verification_page: str  # without: printed for typing the values in
    verification_code: str
    sample: bool = False
    test: bool = False  # a receipt of the sandbox payment (no money moved)


def provider_title(name):
    """The payment provider's title (its name when it is no longer registered)."""
    utility = queryUtility(IPaymentProvider, name=name or "")
    return text(utility.title) if utility is not None else name


def method_text(receipt):
    if receipt["method"] == "online":
        return text(
            _(
                "ereceipt_method_online",
                default="Thanh toán trực tuyến qua ${provider}",
                mapping={"provider": provider_title(receipt["provider"])},
            )
        )
    return text(_("ereceipt_method_cash", default="Nộp tiền mặt tại Bộ phận tiếp nhận và trả kết quả"))


def sheet_for(receipt):
    service = receipt["service_title"]
    if receipt["service_code"]:
        service = f"{service} ({receipt['service_code']})"
    online = receipt["method"] == "online"
    return Sheet(
        unit_name=receipt["unit_name"],
        unit_address=receipt["unit_address"],
        unit_tax_code=receipt["unit_tax_code"],
        form_code=receipt["form_code"],
        symbol=receipt["symbol"],
        number=receipt["number"],
        issued_at=receipt["issued_at"],
        issued_text=moment_text(receipt["issued_at"]),
        place_date=place_date_text(receipt["issued_at"]),
        payer_name=receipt["payer_name"],
        payer_address=receipt["payer_address"],
        payer_email=receipt["payer_email"],
        dossier_code=receipt["dossier_code"],
        service=service,
        lines=[
            Line(position, line["name"], in_figures(line["amount"]))
            for position, line in enumerate(receipt["lines"], start=1)
        ],
        total=in_figures(receipt["total"]),
        total_in_words=receipt["total_in_words"],
        method=method_text(receipt),
        reference_label=text(
            _("ereceipt_transaction", default="Mã giao dịch")
            if online
            else _("ereceipt_desk_reference", default="Số chứng từ tại quầy")
        ),
        reference=receipt["reference"],
        paid_at=moment_text(receipt["paid_at"]),
        collector=receipt["collector_name"]
        or text(_("ereceipt_collector_portal", default="Cổng dịch vụ công (thu trực tuyến)")),
        verification_url=verification_url(receipt),
        verification_page=verification_page_url(),
        verification_code=grouped(receipt["verification_code"]),
        sample=bool(receipt.get("sample")),
        test=bool(receipt.get("test")),
    )

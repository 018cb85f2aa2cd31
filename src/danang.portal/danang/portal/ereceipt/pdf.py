"""The receipt as a PDF (A4): heading with symbol and number, payer, fee lines, total in figures
and in words, how it was paid, and the QR code of the public verification page.

Built on the submission receipt's PDF pieces (receipts/pdf.py: the A4 page with the DejaVu font,
bold "label: value" lines, FontMissing) and its QR code (receipts/qr.py).
"""

from danang.portal import _
from danang.portal.acknowledgement.pdf import _ReceiptPDF
from danang.portal.acknowledgement.pdf import FONT
from danang.portal.acknowledgement.qr import qr_png
from danang.portal.acknowledgement.slip import language
from danang.portal.acknowledgement.slip import text
from danang.portal.ereceipt.sheet import TEST_RECEIPT
from danang.portal.signing import documents
from fpdf.enums import XPos
from fpdf.enums import YPos
from fpdf.fonts import FontFace

import io

BELOW = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
LEFT = {"align": "L", "new_x": XPos.LEFT, "new_y": YPos.NEXT}  # fpdf2 justifies by default
QR_SIZE = 32


def _heading(pdf, sheet):
    """The collecting unit on the left; form, symbol and number on the right."""
    width = pdf.epw
    left, right = width * 0.6, width * 0.4
    top = pdf.get_y()
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(left, 5, sheet.unit_name.upper(), align="L", **BELOW)
    pdf.set_font(FONT, "", 9)
    if sheet.unit_tax_code:
        pdf.multi_cell(left, 5, text(_("ereceipt_tax_code_line", default="Mã số thuế: ${code}",
                                       mapping={"code": sheet.unit_tax_code})), align="L", **BELOW)
    if sheet.unit_address:
        pdf.multi_cell(left, 5, text(_("ereceipt_address_line", default="Địa chỉ: ${address}",
                                       mapping={"address": sheet.unit_address})), align="L", **BELOW)
    left_bottom = pdf.get_y()
    pdf.set_y(top)
    rows = []
    if sheet.form_code:
        rows.append((_("ereceipt_form_code", default="Mẫu số"), sheet.form_code))
    rows += [
        (_("ereceipt_symbol", default="Ký hiệu"), sheet.symbol),
        (_("ereceipt_number", default="Số"), sheet.number),
    ]
    for label, value in rows:
        pdf.set_x(pdf.l_margin + left)
        pdf.set_font(FONT, "", 10)
        pdf.cell(right * 0.4, 6, f"{text(label)}:", align="R")
        pdf.set_font(FONT, "B", 11)
        pdf.cell(right * 0.6, 6, f" {value}", **BELOW)
    pdf.set_y(max(left_bottom, pdf.get_y()) + 4)


def _title(pdf, sheet):
    width = pdf.epw
    if sheet.sample:
        pdf.set_font(FONT, "B", 10)
        pdf.set_text_color(180, 0, 0)
        pdf.cell(width, 6, text(_("receipt_sample", default="DỮ LIỆU MẪU - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ")),
                 align="C", **BELOW)
        pdf.set_text_color(0, 0, 0)
    if sheet.test:
        pdf.set_font(FONT, "B", 10)
        pdf.set_text_color(180, 0, 0)
        pdf.multi_cell(width, 6, text(TEST_RECEIPT), align="C", **BELOW)
        pdf.set_text_color(0, 0, 0)
    pdf.set_font(FONT, "B", 15)
    pdf.cell(width, 8, text(_("ereceipt_title_upper", default="BIÊN LAI THU PHÍ, LỆ PHÍ")), align="C", **BELOW)
    pdf.set_font(FONT, "", 10)
    pdf.cell(width, 5, text(_("ereceipt_electronic", default="(Biên lai điện tử)")), align="C", **BELOW)
    pdf.cell(width, 6, sheet.place_date, align="C", **BELOW)
    pdf.ln(3)


def _payer(pdf, sheet):
    facts = [
        (_("ereceipt_payer", default="Họ tên người nộp tiền"), sheet.payer_name),
        (_("ereceipt_payer_address", default="Địa chỉ"), sheet.payer_address),
        (_("ereceipt_dossier_code", default="Mã hồ sơ"), sheet.dossier_code),
        (_("ereceipt_service", default="Thủ tục"), sheet.service),
        (_("ereceipt_method", default="Hình thức thanh toán"), sheet.method),
    ]
    if sheet.reference:
        facts.append((sheet.reference_label, sheet.reference))
    facts.append((_("ereceipt_paid_at", default="Thời điểm thanh toán"), sheet.paid_at))
    for label, value in facts:
        if value:
            pdf.line_of(text(label), value)
    pdf.ln(2)


def _fees(pdf, sheet):
    pdf.set_font(FONT, "", 10)
    bold = FontFace(emphasis="BOLD")
    with pdf.table(col_widths=(10, 64, 26), text_align=("CENTER", "LEFT", "RIGHT"), line_height=6,
                   first_row_as_headings=True) as table:
        heading = table.row()
        for label in (
            _("ereceipt_col_position", default="STT"),
            _("ereceipt_col_fee", default="Nội dung thu"),
            _("ereceipt_col_amount", default="Số tiền (đồng)"),
        ):
            heading.cell(text(label), align="CENTER")
        for line in sheet.lines:
            row = table.row()
            row.cell(str(line.position))
            row.cell(line.name)
            row.cell(line.amount)
        total = table.row()
        total.cell(text(_("ereceipt_total", default="Tổng cộng")), colspan=2, align="RIGHT", style=bold)
        total.cell(sheet.total, style=bold)
    pdf.ln(2)
    pdf.line_of(text(_("ereceipt_in_words", default="Số tiền bằng chữ")), sheet.total_in_words)


def _footer(pdf, sheet):
    """QR code and verification hint on the left, the collector on the right."""
    width = pdf.epw
    pdf.ln(4)
    if pdf.get_y() + QR_SIZE > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y()
    pdf.image(io.BytesIO(qr_png(sheet.verification_url, scale=6)), x=pdf.l_margin, y=top, w=QR_SIZE, h=QR_SIZE)
    hint_x, hint_width = pdf.l_margin + QR_SIZE + 3, width * 0.55 - QR_SIZE - 3
    pdf.set_xy(hint_x, top)
    pdf.set_font(FONT, "", 8.5)
    pdf.multi_cell(hint_width, 4.2, text(_(
        "ereceipt_verify_hint",
        default="Xác minh biên lai: quét mã QR, hoặc mở ${url} và nhập ký hiệu, số biên lai cùng mã "
        "tra cứu.",
        mapping={"url": sheet.verification_page},
    )), **LEFT)
    pdf.set_x(hint_x)
    pdf.set_font(FONT, "B", 9)
    pdf.multi_cell(hint_width, 5, text(_("ereceipt_verification_code_line", default="Mã tra cứu: ${code}",
                                         mapping={"code": sheet.verification_code})), **LEFT)

    column_x, column = pdf.l_margin + width * 0.55, width * 0.45
    pdf.set_xy(column_x, top)
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(column, 5, text(_("ereceipt_collector", default="NGƯỜI THU TIỀN")), align="C",
                   new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(column, 5, sheet.collector, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 8.5)
    pdf.multi_cell(column, 4.5, text(_("ereceipt_issued_by", default="Lập bởi ${unit}, ${moment}",
                                       mapping={"unit": sheet.unit_name, "moment": sheet.issued_text})),
                   align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_y(max(pdf.get_y(), top + QR_SIZE) + 2)


def render_pdf(sheet):
    """PDF bytes of a receipt's sheet (sheet.sheet_for); FontMissing without the DejaVu font."""
    pdf = _ReceiptPDF()
    pdf.set_title(text(_("ereceipt_title", default="Biên lai thu phí, lệ phí")) + f" {sheet.symbol} {sheet.number}")
    pdf.set_subject(f"{sheet.symbol} {sheet.number}")
    pdf.set_author(sheet.unit_name)
    pdf.set_creator("danang.portal")
    pdf.add_page()
    _heading(pdf, sheet)
    _title(pdf, sheet)
    _payer(pdf, sheet)
    _fees(pdf, sheet)
    _footer(pdf, sheet)
    return bytes(pdf.output())


def signed_pdf(dossier, receipt, sheet):
    """The receipt as a signed PDF (signing/): signed once (per language), then kept as signed."""
    return documents.signed_or_plain(
        dossier, "ereceipt", f"{sheet.symbol}|{sheet.number}|{language()}", lambda: render_pdf(sheet),
        _("ereceipt_title", default="Biên lai thu phí, lệ phí"), f"bien-lai-{sheet.symbol}-{sheet.number}.pdf",
        unit_code=receipt["unit_code"],
    )

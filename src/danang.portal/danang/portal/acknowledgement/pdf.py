"""The receipt as a PDF (A4), laid out like form 01, with the QR code that opens the dossier's look-up.

Vietnamese needs a font with its stacked diacritics: DejaVu Sans, from Debian's fonts-dejavu-core
(``make system-deps`` installs it; fonts are not shipped in the package).
"""

from danang.portal import _
from danang.portal.acknowledgement.qr import qr_png
from danang.portal.acknowledgement.slip import language
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import place_date_text
from danang.portal.acknowledgement.slip import text
from danang.portal.signing import documents
from fpdf import FPDF
from fpdf.enums import XPos
from fpdf.enums import YPos
from pathlib import Path

import hashlib
import io

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
)
FONT = "DejaVuSans"


class FontMissing(RuntimeError):
    """No font with Vietnamese glyphs on this machine (install fonts-dejavu-core)."""


def _font_files():
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            return regular, bold
    raise FontMissing("DejaVuSans.ttf not found; install Debian's fonts-dejavu-core")


class _ReceiptPDF(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        regular, bold = _font_files()
        self.add_font(FONT, "", str(regular))
        self.add_font(FONT, "B", str(bold))
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(auto=True, margin=15)

    def line_of(self, label, value, height=6.5):
        """'Label: value' with a bold label, wrapping the value."""
        self.set_font(FONT, "B", 11)
        self.write(height, f"{label}: ")
        self.set_font(FONT, "", 11)
        self.write(height, value or "")
        self.ln(height)


def render_pdf(slip):
    """PDF bytes of the slip."""
    pdf = _ReceiptPDF()
    pdf.set_title(text(_("receipt_title", default="Giấy tiếp nhận hồ sơ và hẹn trả kết quả")) + f" {slip.code}")
    pdf.set_subject(slip.code)
    pdf.set_author(slip.issuer)
    pdf.set_creator("danang.portal")
    pdf.add_page()
    width = pdf.epw

    # Heading: the issuing unit on the left, the national motto on the right.
    top = pdf.get_y()
    left, right = width * 0.42, width * 0.58
    below = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(left, 5, slip.issuer.upper(), align="C", **below)
    pdf.set_font(FONT, "", 9)
    pdf.multi_cell(left, 5, slip.desk, align="C", **below)
    left_bottom = pdf.get_y()
    pdf.set_y(top)
    for size, style, message in (
        (10, "B", _("receipt_nation", default="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        (10, "B", _("receipt_motto", default="Độc lập - Tự do - Hạnh phúc")),
    ):
        pdf.set_x(pdf.l_margin + left)
        pdf.set_font(FONT, style, size)
        pdf.multi_cell(right, 5, text(message), align="C", **below)
    pdf.set_x(pdf.l_margin + left)
    pdf.set_font(FONT, "", 9)
    pdf.multi_cell(right, 7, place_date_text(slip.received), align="C", **below)
    pdf.set_y(max(left_bottom, pdf.get_y()) + 4)

    if slip.sample:
        pdf.set_font(FONT, "B", 10)
        pdf.set_text_color(180, 0, 0)
        pdf.cell(width, 6, text(_("receipt_sample", default="DỮ LIỆU MẪU - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ")),
                 align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    pdf.set_font(FONT, "", 9)
    pdf.multi_cell(width, 5, slip.form_reference, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 14)
    pdf.multi_cell(width, 8, text(_("receipt_title_upper", default="GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")),
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(width, 8, text(_("receipt_code_line", default="Mã hồ sơ: ${code}", mapping={"code": slip.code})),
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # QR code opening the look-up of this dossier, top right of the body.
    qr_size = 30
    body_top = pdf.get_y() + 2
    pdf.image(io.BytesIO(qr_png(slip.lookup_link)), x=pdf.l_margin + width - qr_size, y=body_top, w=qr_size, h=qr_size)
    pdf.set_y(body_top)
    pdf.set_right_margin(pdf.r_margin + qr_size + 3)
    pdf.line_of(text(_("receipt_applicant", default="Tiếp nhận hồ sơ của")), slip.applicant_name)
    pdf.line_of(text(_("receipt_address", default="Địa chỉ")), slip.applicant_address)
    pdf.line_of(text(_("receipt_phone", default="Số điện thoại")), slip.applicant_phone)
    if slip.applicant_email:
        pdf.line_of(text(_("receipt_email", default="Thư điện tử")), slip.applicant_email)
    if slip.agent:
        pdf.line_of(text(_("receipt_agent", default="Nộp thay bởi đại lý")), slip.agent)
    pdf.line_of(text(_("receipt_procedure", default="Nội dung yêu cầu giải quyết")),
                f"{slip.procedure} ({slip.procedure_code})" if slip.procedure_code else slip.procedure)
    pdf.set_right_margin(18)
    pdf.set_y(max(pdf.get_y(), body_top + qr_size) + 2)

    pdf.set_font(FONT, "B", 11)
    pdf.cell(width, 7, text(_("receipt_papers", default="1. Thành phần hồ sơ nộp gồm:")),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10)
    with pdf.table(col_widths=(8, 62, 20, 12), text_align=("CENTER", "LEFT", "CENTER", "CENTER"),
                   line_height=5.5, first_row_as_headings=True) as table:
        heading = table.row()
        for label in (
            _("receipt_col_number", default="TT"),
            _("receipt_col_paper", default="Tên giấy tờ"),
            _("receipt_col_form", default="Hình thức"),
            _("receipt_col_quantity", default="Số lượng"),
        ):
            heading.cell(text(label))
        for number, paper in enumerate(slip.papers, start=1):
            row = table.row()
            row.cell(str(number))
            name = paper.name
            if paper.filenames:
                name += "\n" + ", ".join(paper.filenames)
            row.cell(name)
            row.cell(paper.form)
            row.cell(str(paper.quantity))
    pdf.ln(2)

    lines = (
        (_("receipt_sets", default="2. Số lượng hồ sơ"), text(_("receipt_sets_value", default="${sets} bộ", mapping={"sets": slip.sets}))),
        (_("receipt_processing", default="3. Thời gian giải quyết hồ sơ theo quy định"), slip.processing),
        (_("receipt_received", default="4. Thời gian nhận hồ sơ"), moment_text(slip.received)),
        (_("receipt_due", default="5. Thời gian trả kết quả giải quyết hồ sơ"),
         moment_text(slip.due) if slip.due else text(_("receipt_no_due", default="Trả ngay trong ngày"))),
        (_("receipt_delivery", default="6. Đăng ký nhận kết quả tại"), slip.delivery),
    )
    for label, value in lines:
        pdf.line_of(text(label), value)

    pdf.ln(3)
    pdf.set_font(FONT, "", 9.5)
    pdf.multi_cell(width, 5, text(_(
        "receipt_lookup_hint",
        default="Tra cứu tình trạng hồ sơ: quét mã QR hoặc nhập mã hồ sơ ${code} cùng số điện thoại "
        "hoặc số CCCD/CMND đã khai tại ${url}.",
        mapping={"code": slip.code, "url": slip.lookup_url},
    )), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.ln(6)
    column = width / 2
    signature_top = pdf.get_y()
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(column, 5, text(_("receipt_signer_applicant", default="NGƯỜI NỘP HỒ SƠ")), align="C")
    pdf.set_xy(pdf.l_margin + column, signature_top)
    pdf.multi_cell(column, 5, text(_("receipt_signer_officer", default="NGƯỜI TIẾP NHẬN HỒ SƠ")), align="C")
    pdf.ln(12)
    pdf.set_font(FONT, "", 10)
    names_top = pdf.get_y()
    pdf.multi_cell(column, 5, slip.applicant_name, align="C")
    pdf.set_xy(pdf.l_margin + column, names_top)
    pdf.multi_cell(column, 5, slip.officer, align="C")
    return bytes(pdf.output())


SIGNED_TITLE = _("receipt_title", default="Giấy tiếp nhận hồ sơ và hẹn trả kết quả")


def signed_pdf(dossier, slip):
    """The slip as a signed PDF (signing/): signed once for what it says, then kept as signed."""
    key = hashlib.sha256(f"{language()}|{slip!r}".encode()).hexdigest()
    return documents.signed_or_plain(
        dossier, "receipt", key, lambda: render_pdf(slip), SIGNED_TITLE,
        f"giay-tiep-nhan-{slip.code}.pdf", unit_code=dossier.receiving_unit,
    )

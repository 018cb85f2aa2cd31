"""The visible signature block: a small PDF page (90 × 30 mm) drawn with fpdf2, as the slips
are, that pyHanko places in the signature field on the document's last page.

It carries the QR code of the document's verification page and the lines that say who signed,
for which unit and when. fpdf2 rather than pyHanko's own text stamp: it lays out Vietnamese
with DejaVu Sans exactly as the portal's other PDFs do.
"""

from fpdf import FPDF
from pathlib import Path
from pyhanko.pdf_utils.content import ImportedPdfPage
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader

import binascii
import functools
import hashlib
import io
import os
import segno
import tempfile
import uuid

WIDTH, HEIGHT = 90, 30  # mm
FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/local/share/fonts/dejavu/DejaVuSans.ttf"),
)


# What the block writes: Latin letters with Vietnamese marks, digits, punctuation. DejaVu Sans
# cut down to these (without the layout tables that precomposed Vietnamese letters do not need)
# loads in milliseconds; the whole font costs some 0.2 s at every signature. The cut is written
# once per machine to the temporary folder, as fpdf2 reads fonts from files only.
BLOCK_CHARACTERS = [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x300, 0x370),
                    *range(0x1EA0, 0x1F00), *range(0x2010, 0x2030)]


@functools.cache
def _font():
    source = next((path for path in FONT_FILES if path.exists()), None)
    if source is None:
        return None
    # Imported here: it takes a second or so, which the first signature pays, not Zope's start.
    from fontTools import subset

    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GPOS", "GSUB", "GDEF", "FFTM"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=BLOCK_CHARACTERS)
    subsetter.subset(font)
    data = io.BytesIO()
    subset.save_font(font, data, options)
    data = data.getvalue()
    path = Path(tempfile.gettempdir()) / f"danang-portal-block-{hashlib.sha256(data).hexdigest()[:16]}.ttf"
    if not path.exists():
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(path)
    return path


def block_pdf(lines, url):
    """PDF bytes of the block: the QR code of ``url`` on the left, ``lines`` on the right."""
    page = FPDF(unit="mm", format=(WIDTH, HEIGHT))
    page.set_auto_page_break(False)
    page.set_margins(0, 0, 0)
    page.add_page()
    font = _font()
    if font is not None:
        page.add_font("DejaVuSans", "", str(font))
        page.set_font("DejaVuSans", "", 6.5)
    else:  # pragma: no cover - Debian's fonts-dejavu-core is a system dependency
        page.set_font("helvetica", "", 6.5)
        lines = [line.encode("latin-1", "replace").decode("latin-1") for line in lines]
    page.set_draw_color(0, 80, 160)
    page.rect(0.4, 0.4, WIDTH - 0.8, HEIGHT - 0.8)
    qr = io.BytesIO()
    # Level M, as the slips' QR codes: survives a crumpled or badly printed copy.
    segno.make(url, error="m").save(qr, kind="png", scale=4, border=1)
    page.image(qr, x=1.5, y=1.5, w=HEIGHT - 3, h=HEIGHT - 3)
    page.set_xy(HEIGHT, 2.5)
    page.multi_cell(WIDTH - HEIGHT - 1.5, 3.3, "\n".join(lines))
    return bytes(page.output())


class BlockPage(ImportedPdfPage):
    """pyHanko's imported page, read from bytes in memory rather than from a file."""

    def __init__(self, data):
        self.data = data
        super().__init__(None)

    def render(self):
        writer = self._ensure_writer
        xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.data)), page_ix=0)
        name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[name.decode("ascii")] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name + b" Do"

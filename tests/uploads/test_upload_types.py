"""Real file types from content, and safe file names (pure functions, no site needed)."""

from danang.portal.uploads.filenames import safe_filename
from danang.portal.uploads.filetypes import sniff

import pytest
import unicodedata

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64
DWG = b"AC1032\x00\x00\x00\x00\x00\x06\x01" + b"\x00" * 64
DXF = b"999\nwritten by a test\n  0\nSECTION\n  2\nHEADER\n  9\n$ACADVER\n  1\nAC1015\n  0\nENDSEC\n  0\nEOF\n"
DXF_MINIMAL = b"0\r\nSECTION\r\n2\r\nENTITIES\r\n0\r\nLINE\r\n0\r\nENDSEC\r\n0\r\nEOF\r\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 64
TEXT = b"Day la van ban, khong phai ban ve.\n"


@pytest.mark.parametrize(
    "data, kind",
    [(PDF, "pdf"), (PNG, "png"), (JPEG, "jpeg"), (DWG, "dwg"), (DXF, "dxf"), (DXF_MINIMAL, "dxf"),
     (b"AutoCAD Binary DXF\r\n\x1a\x00" + b"\x00" * 20, "dxf")],
)
def test_known_types_are_recognised_from_their_content(data, kind):
    assert sniff(data) == kind


@pytest.mark.parametrize("data", [EXE, ZIP, TEXT, b"", b"AC10", b"SECTION HEADER but not a DXF"])
def test_anything_else_is_unknown(data):
    assert sniff(data) is None


@pytest.mark.parametrize(
    "name, kind, expected",
    [
        ("don-de-nghi.pdf", "pdf", "don-de-nghi.pdf"),
        ("C:\\Users\\An\\Desktop\\Bản vẽ mặt bằng.PDF", "pdf", "Bản vẽ mặt bằng.PDF"),
        ("../../etc/passwd", "pdf", "passwd.pdf"),
        ("ảnh chụp.pdf", "png", "ảnh chụp.png"),
        ("mat bang.jpg", "jpeg", "mat bang.jpg"),
        ("mat bang.jpeg", "jpeg", "mat bang.jpeg"),
        ("a<b>:c|d?.dwg", "dwg", "a_b__c_d_.dwg"),
        ("  .hidden.pdf  ", "pdf", "hidden.pdf"),
        ("...", "pdf", "tep-dinh-kem.pdf"),
        ("ten\x00tep\r\n.pdf", "pdf", "ten tep.pdf"),
    ],
)
def test_safe_filenames(name, kind, expected):
    assert safe_filename(name, kind) == expected


def test_decomposed_vietnamese_is_normalised_not_lost():
    decomposed = unicodedata.normalize("NFD", "Giấy chứng nhận.pdf")
    assert safe_filename(decomposed, "pdf") == "Giấy chứng nhận.pdf"
    assert unicodedata.is_normalized("NFC", safe_filename(decomposed, "pdf"))


def test_long_names_keep_their_extension():
    name = safe_filename("đ" * 300 + ".pdf", "pdf")
    assert len(name) <= 120 and name.endswith(".pdf")

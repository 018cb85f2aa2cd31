"""The real type of an uploaded file, read from its content (never from its name).

puremagic knows PDF, JPEG and PNG well. AutoCAD drawings need our own signatures: puremagic gives
DWG a low confidence and does not know DXF at all, which is plain text.
"""

import puremagic
import re

# kind -> (label shown to users, media type stored with the file, extensions; first is canonical)
KINDS = {
    "pdf": ("PDF", "application/pdf", (".pdf",)),
    "jpeg": ("JPEG", "image/jpeg", (".jpg", ".jpeg", ".jpe", ".jfif")),
    "png": ("PNG", "image/png", (".png",)),
    "dwg": ("DWG", "image/vnd.dwg", (".dwg",)),
    "dxf": ("DXF", "image/vnd.dxf", (".dxf",)),
}

_MEDIA_TYPES = {"application/pdf": "pdf", "image/jpeg": "jpeg", "image/png": "png"}

# Every DWG version since R2.5 starts with "AC10" and two digits (AC1009 ... AC1032).
_DWG = re.compile(rb"^AC10\d\d")
_DXF_BINARY = b"AutoCAD Binary DXF\r\n\x1a\x00"
# An ASCII DXF is pairs of lines (group code, value); it opens a SECTION, normally the HEADER,
# possibly after 999 comment pairs. Minimal files written by some tools start at ENTITIES.
_DXF_TEXT = re.compile(
    rb"^\s*(?:999\s*\r?\n[^\r\n]*\r?\n\s*)*0\s*\r?\n\s*SECTION\s*\r?\n\s*2\s*\r?\n\s*"
    rb"(?:HEADER|CLASSES|TABLES|BLOCKS|ENTITIES|OBJECTS)\s*\r?\n"
)
# puremagic matches header bytes; this much is enough for every kind above.
SNIFF_BYTES = 64 * 1024


def sniff(head):
    """The kind (a key of KINDS) of a file from its first bytes, or None when unknown.

    >>> sniff(b"%PDF-1.7\\n...")
    'pdf'
    >>> sniff(b"AC1032\\x00\\x00\\x00")
    'dwg'
    >>> sniff(b"  0\\r\\nSECTION\\r\\n  2\\r\\nHEADER\\r\\n")
    'dxf'
    >>> sniff(b"MZ\\x90\\x00") is None
    True
    """
    head = bytes(head[:SNIFF_BYTES])
    if not head:
        return None
    if _DWG.match(head):
        return "dwg"
    if head.startswith(_DXF_BINARY) or (
        _DXF_TEXT.match(head.lstrip(b"\xef\xbb\xbf")) and b"\x00" not in head
    ):
        return "dxf"
    try:
        matches = puremagic.magic_string(head)
    except puremagic.PureError:
        return None
    if not matches:
        return None
    # Only the best guesses count: a weak secondary match must not make an unknown file pass.
    best = max(match.confidence for match in matches)
    for match in matches:
        if match.confidence == best and match.mime_type in _MEDIA_TYPES:
            return _MEDIA_TYPES[match.mime_type]
    return None


def label(kind):
    return KINDS[kind][0]


def media_type(kind):
    return KINDS[kind][1]


def extensions(kind):
    return KINDS[kind][2]

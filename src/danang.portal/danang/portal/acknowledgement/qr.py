"""QR code of a dossier code, for the receipt page (SVG) and its PDF (PNG)."""

import io
import segno


def _qr(code):
    # Level M survives a crumpled or badly printed slip; the code is short, so the symbol stays small.
    return segno.make(code, error="m", micro=False)


def qr_svg(code, scale=4):
    """Inline SVG markup (no XML declaration), with a title for screen readers."""
    return _qr(code).svg_inline(scale=scale, title=code, border=2)


def qr_png(code, scale=8):
    buffer = io.BytesIO()
    _qr(code).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()

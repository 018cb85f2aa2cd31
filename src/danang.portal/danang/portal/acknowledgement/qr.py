"""QR codes for the receipt page (SVG) and its PDF (PNG): the receipt's holds the link that opens
the look-up for its dossier (slip.lookup_link), the e-receipt's its verification link."""

import io
import segno


def _qr(data):
    # Level M survives a crumpled or badly printed slip; a short link keeps the symbol small.
    return segno.make(data, error="m", micro=False)


def qr_svg(data, scale=4, title=None):
    """Inline SVG markup (no XML declaration), with a title for screen readers."""
    return _qr(data).svg_inline(scale=scale, title=title or data, border=2)


def qr_png(data, scale=8):
    buffer = io.BytesIO()
    _qr(data).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()

"""Safe names for uploaded files: no path, no control or reserved characters, the real extension.

Vietnamese diacritics are kept (applicants and officers read these names), normalised to NFC
because macOS browsers send decomposed letters that look the same but compare differently.
"""

from danang.portal.uploads import filetypes

import re
import unicodedata

MAX_LENGTH = 120
FALLBACK_STEM = "tep-dinh-kem"
# Reserved on Windows or in HTTP headers; replaced rather than dropped to keep words apart.
_RESERVED = re.compile(r'[<>:"/\\|?*;\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")


def _without_controls(text):
    return "".join(" " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char for char in text)


def safe_filename(name, kind=None):
    """A file name safe to store, serve and save on any system.

    Path parts (``C:\\Users\\...\\``, ``../``) are dropped; the extension becomes the canonical
    one of ``kind`` (the type read from the content) unless it is already one of its own.

    >>> safe_filename("C:\\\\Users\\\\An\\\\Bản vẽ mặt bằng.PDF", "pdf")
    'Bản vẽ mặt bằng.PDF'
    >>> safe_filename("../../etc/passwd", "pdf")
    'passwd.pdf'
    >>> safe_filename("anh.pdf", "png")
    'anh.png'
    """
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = _without_controls(name)
    name = _RESERVED.sub("_", name)
    name = _SPACES.sub(" ", name).strip(" .")
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    stem = stem.strip(" .") or FALLBACK_STEM
    extension = f".{extension}" if extension else ""
    if kind is not None and extension.lower() not in filetypes.extensions(kind):
        # The content decides the type; a misleading name must not survive into the dossier.
        extension = filetypes.extensions(kind)[0]
    stem = stem[: MAX_LENGTH - len(extension)].rstrip(" .") or FALLBACK_STEM
    return stem + extension

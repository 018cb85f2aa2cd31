"""Stored files are served as they were stored: byte for byte, and as an attachment wherever a
browser would render them.

Plone transforms every text/html answer on its way out (plone.transformchain): plone.protect's
auto-CSRF transform adds a form token and a script, plone.app.theming would theme it. A dossier
file served as HTML came back rewritten with the downloader's own CSRF token inside, a secret
then kept or forwarded with the file. The portal's download views (``@@download`` and
``@@display-file`` of plone.namedfile on the portal's layer, the applicant's result download)
switch the transform chain off for their answer once the file is found, so that an error page
(not found, not allowed) is still the themed page. Only the types a browser shows without running
anything stay inline; every answer also carries ``X-Content-Type-Options: nosniff``
(security/headers.py). See docs/security.md, "Files".
"""

from plone.namedfile.browser import DisplayFile
from plone.namedfile.browser import Download
from plone.transformchain.interfaces import DISABLE_TRANSFORM_REQUEST_KEY
from urllib.parse import quote

# PDF and the upload kinds' images (filetypes.py): shown, never run, by browsers.
INLINE_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png", "image/gif"})


def attachment(filename):
    """The Content-Disposition of a download; the name is percent-encoded (RFC 6266), so no
    character of it can end the header: ``attachment; filename*=UTF-8''don%20%C4%91%C6%A1n.pdf``."""
    return "attachment; filename*=UTF-8''" + quote(filename or "tep-dinh-kem", safe="")


def serve_as_file(request, filename=None):
    """Call once the answer's headers are set: no transform rewrites it, and a type a browser
    could render (HTML, SVG, XML, scripts...) is an attachment."""
    request.environ[DISABLE_TRANSFORM_REQUEST_KEY] = True
    response = request.response
    media_type = (response.getHeader("Content-Type") or "").split(";")[0].strip().lower()
    disposition = response.getHeader("Content-Disposition") or ""
    if media_type not in INLINE_TYPES and not disposition.lower().startswith("attachment"):
        response.setHeader("Content-Disposition", attachment(filename))


class FileDownload(Download):
    """plone.namedfile's ``@@download``, served byte for byte (see the module)."""

    def __call__(self):
        result = super().__call__()
        serve_as_file(self.request, self.filename)
        return result


class FileDisplay(DisplayFile):
    """plone.namedfile's ``@@display-file``: inline for PDF and images only (see the module)."""

    def __call__(self):
        result = super().__call__()
        serve_as_file(self.request, self.filename or getattr(self._getFile(), "filename", None))
        return result

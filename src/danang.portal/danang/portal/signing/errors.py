"""Why a document cannot be signed: one exception carrying the message the official reads."""

from zope.i18n import translate


class SigningRefused(Exception):
    """A signature refused (no identity, expired or revoked certificate, not a PDF); ``message``
    is the i18n message, in Vietnamese by default."""

    def __init__(self, message):
        self.message = message
        super().__init__(translate(message, target_language="vi"))

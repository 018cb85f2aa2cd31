"""Access-log lines without the look-up's secrets, for instance/zope.ini's access log.

Look-ups are POSTs now (docs/security.md, "Look-ups by POST"), but old links and bookmarks still
send ``?phone=`` or ``?id_number=`` by GET, and the applicant's signed link carries its token as
``?t=``; the access log (Paste's translogger) writes the whole URL before the portal sees it. This
handler writes the line with those values replaced by ``***``. Used as the access log's
``class = danang.portal.security.access_log.RedactingFileHandler``.
"""

import logging
import re

SECRET_PARAMETERS = ("phone", "id_number", "t")
_SECRET = re.compile(r"(?<=[?&;])(" + "|".join(SECRET_PARAMETERS) + r")=[^&;\s\"]*")


def redact(line):
    """The line with the values of the secret query parameters replaced by ``***``."""
    return _SECRET.sub(lambda match: f"{match.group(1)}=***", line)


class RedactingFileHandler(logging.FileHandler):
    def format(self, record):
        return redact(super().format(record))

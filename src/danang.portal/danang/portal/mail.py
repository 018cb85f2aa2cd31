"""E-mail to applicants: the site's sender, bodies from page templates, delivery after commit.

Every mail of the portal (the acknowledgement of a received dossier, the status changes, the
e-receipt, the rating invitation) goes through here:

- **sender**: the name and address of the site's mail settings (Site Setup > Mail,
  ``plone.email_from_name`` / ``plone.email_from_address``); without an address nothing is sent
  and a warning is logged.
- **body**: an HTML page template (by default ``templates/mail.pt``, a letter: greeting,
  paragraphs, a table of facts, footer) rendered with already translated texts; the plain-text
  alternative is derived from the same HTML, so both parts always say the same thing.
- **delivery**: only after the current transaction commits. A submission, transition or payment
  that fails and rolls back sends nothing, and a mail server that is down never undoes what was
  stored (the failure is logged). Not MailHost's own transactional delivery: it connects to the
  SMTP server while the transaction votes, so a server that is down would abort the transaction.
- **outside the request**: the commit hands the mail to the process's outbox (outbox.py), whose
  one thread builds it and sends it with Plone's SMTP mailer (the settings of Site Setup > Mail),
  after a pause in the burst of submissions (docs/throughput.md); a clean stop sends what is left.
"""

from danang.portal import _
from danang.portal import outbox
from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from email.utils import formatdate
from email.utils import getaddresses
from email.utils import make_msgid
from email.utils import parseaddr
from functools import partial
from html.parser import HTMLParser
from plone import api
from z3c.pt.pagetemplate import PageTemplateFile
from zope.sendmail.mailer import SMTPMailer

import logging
import os
import re

logger = logging.getLogger(__name__)

TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")
LETTER = PageTemplateFile(os.path.join(TEMPLATES, "mail.pt"))
MESSAGE_ID_DOMAIN = "danang.portal"
# The letter's closing, the same in every mail (translate it with the mail's language).
FOOTER = _("receipt_mail_footer", default="Thư này được gửi tự động, vui lòng không trả lời.")


def greeting(name):
    """The letter's opening to ``name`` (a message to translate).

    >>> from zope.i18n import translate
    >>> translate(greeting("Nguyễn Thị Hoa"), target_language="vi")
    'Kính gửi Nguyễn Thị Hoa,'
    """
    return _("receipt_mail_greeting", default="Kính gửi ${name},", mapping={"name": name})


def sender():
    """The site's sender, ``"Name <address>"``, or None when no address is configured.

    >>> sender()  # doctest: +SKIP
    'Cổng dịch vụ công Đà Nẵng <mot-cua@danang.example>'
    """
    address = api.portal.get_registry_record("plone.email_from_address", default=None)
    if not address:
        return None
    name = api.portal.get_registry_record("plone.email_from_name", default=None) or ""
    return formataddr((name, address))


def render(template=LETTER, **options):
    """The HTML body: ``template`` (a page template) rendered with ``options``.

    The default letter takes ``greeting``, ``before`` (paragraphs), ``facts`` ((label, value)
    rows), ``after`` (paragraphs) and ``footer``; a paragraph's line breaks are kept. Every text
    is escaped.

    >>> html = render(greeting="Kính gửi Ông A,", before=["Hồ sơ đã được tiếp nhận."],
    ...               facts=[("Mã hồ sơ", "SXD-250303-0001")], footer="Thư tự động.")
    >>> "<th" in html and "SXD-250303-0001" in html
    True
    """
    return template(**options)


class _PlainText(HTMLParser):
    """Paragraphs and line breaks as text, a table row as ``label: value``."""

    BLOCKS = {"p", "div", "table", "h1", "h2", "h3", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.line = ""
        self.cells = None

    def _newline(self):
        self.out.append(self.line.rstrip())
        self.line = ""

    def _paragraph(self):
        if self.line.strip():
            self._newline()
        if self.out and self.out[-1] != "":
            self.out.append("")

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self._newline()
        elif tag == "tr":
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cells.append("")
        elif tag == "li" and self.line.strip():
            self._newline()
        elif tag in self.BLOCKS:
            self._paragraph()

    def handle_endtag(self, tag):
        if tag == "tr" and self.cells is not None:
            label, *values = [cell.strip() for cell in self.cells] or [""]
            self.out.append(f"{label}: {' '.join(values)}".rstrip() if values else label)
            self.cells = None
        elif tag == "li" and self.line.strip():
            self._newline()
        elif tag in self.BLOCKS:
            self._paragraph()

    def handle_data(self, data):
        # HTML collapses white space; the template's indentation is not text.
        text = re.sub(r"\s+", " ", data)
        if self.cells is not None:
            if self.cells:
                self.cells[-1] += text
        elif self.line or text.strip():
            self.line += text if self.line else text.lstrip()

    def text(self):
        if self.line.strip():
            self._newline()
        return "\n".join(self.out).strip("\n") + "\n"


def plain_text(html):
    """The plain-text alternative of an HTML body.

    >>> print(plain_text("<p>Kính gửi Ông A,</p><table><tr><th>Mã</th><td>X-1</td></tr></table>"
    ...                  "<p>Dòng 1<br/>Dòng 2</p>"), end="")
    Kính gửi Ông A,
    <BLANKLINE>
    Mã: X-1
    <BLANKLINE>
    Dòng 1
    Dòng 2
    """
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    return parser.text()


def compose(subject, recipient, html, attachments=()):
    """The EmailMessage to ``recipient`` ((name, address)): plain text and HTML, then each
    attachment ((filename, maintype, subtype, data)). The sender is set when it is sent.

    >>> message = compose("Hồ sơ X-1", ("Ông A", "a@example.com"), "<p>Xin chào</p>")
    >>> message.get_body(("plain",)).get_content()
    'Xin chào\\n'
    """
    # SMTP policy: CRLF line ends, as the wire needs (MailHost sends the bytes as they are).
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = subject
    message["To"] = formataddr(recipient)
    message["Message-ID"] = make_msgid(domain=MESSAGE_ID_DOMAIN)
    # Quoted-printable keeps every line short whatever the text: SMTP servers refuse long lines.
    message.set_content(plain_text(html), cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    for filename, maintype, subtype, data in attachments:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message


def send_after_commit(build, what):
    """Send the message that ``build()`` returns once the current transaction has committed.

    ``build`` runs after the commit, in the outbox's thread (so it may do slow work, such as
    rendering a PDF, that neither the stored data nor the answer waits for) and must not touch
    persistent objects: give it plain data. ``what`` names the mail in the log. True when
    scheduled; False, with a warning, when the site has no sender address.

    >>> send_after_commit(lambda: compose("Hồ sơ X-1", ("Ông A", "a@example.com"), html),
    ...                   "the status of X-1")  # doctest: +SKIP
    True
    """
    from_ = sender()
    if from_ is None:
        logger.warning("No site e-mail address configured: %s not e-mailed", what)
        return False
    # Plone's mailer reads the SMTP settings from the registry here, in the request's site.
    mailer = SMTPMailer()
    outbox.after_commit(partial(_deliver, mailer, build, from_, what), f"e-mail {what}")
    return True


def _deliver(mailer, build, from_, what):
    try:
        message = build()
        if message is None:
            return
        del message["From"]
        message["From"] = from_
        if message["Date"] is None:
            message["Date"] = formatdate(localtime=True)
        recipients = [address for _name, address in getaddresses(message.get_all("To", []) + message.get_all("Cc", []))]
        mailer.send(parseaddr(from_)[1], recipients, message.as_bytes())
    except Exception:  # what the transaction stored stays stored; a mail server must not change that
        logger.exception("Could not e-mail %s", what)

"""``@@tra-cuu-ho-so`` (also reached as ``/tra-cuu-ho-so``, the path printed on receipts): the
public look-up page. A plain form posted to itself, so it works without JavaScript; a QR code or
link may pre-fill the code with ``?code=``. Same rules and answers as ``@dossier-status``.

Look-ups are POSTs only: a phone or ID number in a URL would sit in access logs, proxies and the
browser's history (docs/security.md). A GET that still carries one (an old link or bookmark) is
not looked up: it gets the form with the code only and says why. The form carries plone.protect's
token; for anonymous visitors that token is the same for everyone (plone.protect signs the name
"Anonymous User"), so a form another site makes a browser send is also refused by the browser's
``Sec-Fetch-Site`` header.
"""

from danang.portal import _
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier.applicant_access import applicant_page_url
from danang.portal.lookup.query import look_up
from danang.portal.lookup.query import LookupInputError
from danang.portal.lookup.query import NOT_FOUND
from danang.portal.lookup.query import parse_query
from danang.portal.lookup.query import public_status
from danang.portal.lookup.query import throttled_message
from danang.portal.lookup.throttle import Throttled
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.component import getMultiAdapter

FIELDS = ("code", "phone", "id_number")
SECRETS = ("phone", "id_number")
# Sec-Fetch-Site values of a request another site made the browser send.
CROSS_SITE = frozenset({"cross-site", "same-site"})

SENT_BY_FORM = _(
    "lookup_sent_by_form",
    default="Tra cứu hồ sơ nay được gửi bằng biểu mẫu dưới đây, không còn qua đường liên kết, để số "
    "điện thoại và số CCCD/CMND không bị lưu lại trên đường truyền. Vui lòng nhập số điện thoại "
    "hoặc số CCCD/CMND rồi bấm Tra cứu.",
)
FORM_EXPIRED = _(
    "lookup_form_expired",
    default="Trang tra cứu đã mở quá lâu hoặc biểu mẫu không được gửi từ cổng dịch vụ công. Vui "
    "lòng nhập lại số điện thoại hoặc số CCCD/CMND rồi bấm Tra cứu.",
)


class LookupView(BrowserView):
    template = ViewPageTemplateFile("templates/lookup.pt")

    result = None
    message = None
    applicant_url = None

    def __call__(self):
        response = self.request.response
        # The answer is about one person's dossier: never cached, never sent on as Referer.
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        response.setHeader("Referrer-Policy", "no-referrer")
        self.errors = {}
        if self.request.method != "POST":
            # A link may fill the code in; a phone or ID number in the URL is never used or shown.
            self.values = {"code": self._text("code"), "phone": "", "id_number": ""}
            if any(name in self.request.form for name in SECRETS):
                self.message = SENT_BY_FORM
            return self.template()
        self.values = {name: self._text(name) for name in FIELDS}
        if not self.sent_from_the_form():
            response.setStatus(403)
            self.message = FORM_EXPIRED
            self.values = {"code": self.values["code"], "phone": "", "id_number": ""}
            return self.template()
        self.process()
        return self.template()

    def _text(self, name):
        value = self.request.form.get(name)
        return value.strip() if isinstance(value, str) else ""

    def sent_from_the_form(self):
        if (self.request.getHeader("Sec-Fetch-Site") or "").lower() in CROSS_SITE:
            return False
        authenticator = getMultiAdapter((self.context, self.request), name="authenticator")
        return authenticator.verify()

    def process(self):
        response = self.request.response
        try:
            query = parse_query(self.request.form)
        except LookupInputError as error:
            response.setStatus(400)
            for name, message in error.errors:
                self.errors.setdefault(name, message)
            return
        try:
            dossier = look_up(self.request, query)
        except Throttled as throttled:
            response.setStatus(429)
            response.setHeader("Retry-After", str(throttled.retry_after))
            self.message = throttled_message(throttled.retry_after)
            return
        if dossier is None:
            response.setStatus(404)
            self.message = NOT_FOUND
            return
        self.result = public_status(dossier)
        # The second factor was given: the applicant may now act on the dossier for a while.
        self.applicant_url = applicant_page_url(dossier)
        # Shown once; the numbers need not stay in the form.
        self.values = {"code": dossier.dossier_code, "phone": "", "id_number": ""}

    def when(self, moment):
        return local(moment).strftime("%H:%M, %d/%m/%Y") if moment else ""

    def field_class(self, name):
        return "form-control is-invalid" if name in self.errors else "form-control"

"""``@@tra-cuu-ho-so`` (also reached as ``/tra-cuu-ho-so``, the path printed on receipts): the
public look-up page. A plain form posted to itself, so it works without JavaScript; a QR code or
link may pre-fill the code with ``?code=``. Same rules and answers as ``@dossier-status``.
"""

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

FIELDS = ("code", "phone", "id_number")


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
        self.values = {name: self._text(name) for name in FIELDS}
        if self.submitted():
            self.process()
        return self.template()

    def _text(self, name):
        value = self.request.form.get(name)
        return value.strip() if isinstance(value, str) else ""

    def submitted(self):
        """A look-up was asked (the form posted, or a link with the second factor); a link with
        only ``?code=`` just fills the code in."""
        form = self.request.form
        return self.request.method == "POST" or "phone" in form or "id_number" in form

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

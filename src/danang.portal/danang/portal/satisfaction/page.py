"""``@@danh-gia-ho-so`` at the portal root: rate one dossier, named by ``?code=``.

The target of the rating panel's form, of the rating link in the "result returned" e-mail and
of "Hồ sơ của tôi". It serves whoever may see the dossier (the logged-in applicant, agent or an
official, who gets the reason he cannot rate) and the bearer of a signed link (``t``: the
look-up's applicant link or the e-mail's rating link), who cannot traverse to the dossier.
Anyone else, and any unknown code, gets the same "not found" answer, so the page does not tell
which codes exist. A refused submission shows the form again with the input kept and the
reason, with the HTTP status of the refusal (400, 403 or 409).
"""

from danang.portal import _
from danang.portal.dossier.applicant_access import check_token
from danang.portal.dossier.applicant_access import portal_view_url
from danang.portal.dossier.finding import find_dossier
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.lookup.applicant_request import no_store
from danang.portal.satisfaction.access import check_rating_token
from danang.portal.satisfaction.access import RATING_VIEW
from danang.portal.satisfaction.panel import RatingPanel
from danang.portal.satisfaction.rating import may_rate
from danang.portal.satisfaction.rating import rate
from danang.portal.satisfaction.rating import RatingError
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

NOT_FOUND = _(
    "rating_page_not_found",
    default="Không tìm thấy hồ sơ, hoặc liên kết đánh giá đã hết hạn. Vui lòng tra cứu lại hồ sơ "
    "bằng mã hồ sơ và số điện thoại hoặc số CCCD/CMND, hoặc đăng nhập tài khoản đã nộp hồ sơ.",
)
THANKS = _(
    "done_rating",
    default="Cảm ơn Ông/Bà đã đánh giá. Ý kiến của Ông/Bà giúp cơ quan nhà nước phục vụ tốt hơn.",
)


def _text(value):
    return value if isinstance(value, str) else ""


class RatingPage(BrowserView):
    template = ViewPageTemplateFile("templates/page.pt")

    dossier = None
    message = None
    panel = None

    def __call__(self):
        no_store(self.request.response)
        self.request.response.setHeader("X-Robots-Tag", "noindex, nofollow")
        self.dossier = self.find()
        if self.dossier is None:
            self.request.response.setStatus(404)
            self.message = NOT_FOUND
            return self.template()
        if self.request.method == "POST":
            return self.submit()
        return self.show()

    def token(self):
        token = self.request.form.get("t")
        return token if isinstance(token, str) and token else None

    def find(self):
        """The dossier named by ``code`` if the request may see it, else None."""
        code = self.request.form.get("code")
        dossier = find_dossier(code.strip()) if isinstance(code, str) else None
        if dossier is None:
            return None
        token = self.token()
        if token and (check_token(dossier, token) or check_rating_token(dossier, token)):
            return dossier
        if api.user.has_permission("View", obj=dossier):
            return dossier
        return None

    def make_panel(self, errors=None, values=None):
        panel = RatingPanel(self.dossier, self.request, self, None)
        panel.errors = errors
        panel.values = values
        panel.update()
        return panel

    def show(self, errors=None, values=None):
        self.panel = self.make_panel(errors, values)
        if self.panel.mode is None and self.message is None:
            refusal = may_rate(self.dossier, self.request)
            self.message = refusal.message if refusal is not None else None
        return self.template()

    def submit(self):
        CheckAuthenticator(self.request)
        form = self.request.form
        values = {"level": _text(form.get("level")), "comment": _text(form.get("comment"))}
        try:
            rate(self.dossier, self.request, form.get("level"), form.get("comment"), via="web")
        except RatingError as error:
            self.request.response.setStatus(error.status)
            if error.field:
                return self.show(errors={error.field: error.message}, values=values)
            self.message = error.message
            return self.show(values=values)
        api.portal.show_message(THANKS, request=self.request, type="info")
        return self.request.response.redirect(self.back_url())

    def back_url(self):
        """Where the applicant came from: the look-up's applicant page, the dossier page, or (a
        rating link from the e-mail) this page, which then shows the rating given."""
        token = self.token()
        query = {"code": self.dossier.dossier_code}
        if token and check_token(self.dossier, token):
            return portal_view_url("ho-so-cong-dan", dict(query, t=token))
        if api.user.has_permission("View", obj=self.dossier):
            return self.dossier.absolute_url()
        return portal_view_url(RATING_VIEW, dict(query, t=token) if token else query)

    def panel_html(self):
        return self.panel.render() if self.panel is not None else ""

    def unit_title(self):
        agency = agency_by_code(self.dossier.receiving_unit)
        return agency.Title() if agency is not None else self.dossier.receiving_unit

    def lookup_url(self):
        return f"{api.portal.get().absolute_url()}/@@tra-cuu-ho-so"

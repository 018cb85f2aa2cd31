"""The applicant's requests after a look-up: which dossier, and may this request act on it."""

from danang.portal import _
from danang.portal.dossier.applicant_access import may_act
from danang.portal.dossier.finding import find_dossier
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView

LINK_INVALID = _(
    "applicant_link_invalid",
    default="Liên kết đã hết hạn hoặc không đúng. Vui lòng tra cứu lại hồ sơ bằng mã hồ sơ và số "
    "điện thoại hoặc số CCCD/CMND để tiếp tục.",
)


def no_store(response):
    # One person's dossier: never cached, never sent on as Referer.
    response.setHeader("Cache-Control", "private, no-store, max-age=0")
    response.setHeader("Referrer-Policy", "no-referrer")


def dossier_for_applicant(request):
    """The dossier named by ``code`` when the request may act as its applicant, else None."""
    code = request.form.get("code")
    dossier = find_dossier(code.strip()) if isinstance(code, str) else None
    if dossier is None or not may_act(dossier, request):
        return None
    return dossier


def back_to_lookup(request):
    """Answer a request without access: say so, and send it to the look-up to start again."""
    api.portal.show_message(LINK_INVALID, request=request, type="error")
    return request.response.redirect(f"{api.portal.get().absolute_url()}/@@tra-cuu-ho-so")


class ApplicantPost(BrowserView):
    """A form the applicant posts for their dossier (logged in, or with the look-up link).

    ``post(dossier)`` answers a POST of who may act as the applicant, once its CSRF token is
    checked; a request without that access goes back to the look-up, a GET to ``back(dossier)``.
    """

    def back(self, dossier):
        raise NotImplementedError

    def post(self, dossier):
        raise NotImplementedError

    def __call__(self):
        request = self.request
        no_store(request.response)
        dossier = dossier_for_applicant(request)
        if dossier is None:
            return back_to_lookup(request)
        if request.method != "POST":
            return request.response.redirect(self.back(dossier))
        CheckAuthenticator(request)
        return self.post(dossier)

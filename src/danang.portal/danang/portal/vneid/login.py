"""``@@vneid-login``: off to the national SSO. ``came_from`` (a page of the portal) is where the
citizen lands after signing in; ``link=1`` from a signed-in account links its VNeID identity
(vneid/accounts.py)."""

from danang.portal.vneid import configuration
from danang.portal.vneid.flow import authorization_url
from danang.portal.vneid.flow import SignInRefused
from danang.portal.vneid.messages import NOT_CONFIGURED
from danang.portal.vneid.plugin import get_plugin
from danang.portal.vneid.refusal import refuse
from plone import api
from Products.Five.browser import BrowserView


class VNeIDLogin(BrowserView):
    def __call__(self):
        plugin = get_plugin()
        if plugin is None or not configuration.configured():
            return refuse(self, NOT_CONFIGURED, status=404)
        linking = None
        if self.request.form.get("link") and not api.user.is_anonymous():
            linking = api.user.get_current().getId()
        try:
            url = authorization_url(plugin, self.request, linking)
        except SignInRefused as refused:
            return refuse(self, refused.message, status=503)
        self.request.response.setHeader("Cache-Control", "no-store")
        self.request.response.redirect(url, lock=True)
        return ""

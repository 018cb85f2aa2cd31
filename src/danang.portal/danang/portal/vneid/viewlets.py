"""The login page's choice ("Đăng nhập bằng VNeID" first, for citizens; officials below, with
Plone's form) and, on "Thông tin cá nhân", linking a VNeID identity to a portal account."""

from danang.portal.vneid import configuration
from danang.portal.vneid.plugin import get_plugin
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from urllib.parse import urlencode


class LoginChoice(ViewletBase):
    def available(self):
        return configuration.configured()

    def login_url(self):
        came_from = self.request.form.get("came_from")
        query = f"?{urlencode({'came_from': came_from})}" if isinstance(came_from, str) and came_from else ""
        return f"{api.portal.get().absolute_url()}/@@vneid-login{query}"


class LinkIdentity(ViewletBase):
    def available(self):
        return not api.user.is_anonymous() and configuration.configured()

    def linked(self):
        plugin = get_plugin()
        return plugin is not None and plugin.subject_of(api.user.get_current().getId()) is not None

    def link_url(self):
        return f"{api.portal.get().absolute_url()}/@@vneid-login?link=1"

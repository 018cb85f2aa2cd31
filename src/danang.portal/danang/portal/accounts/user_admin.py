"""Plone's Users page (Site Setup → Users and Groups), with the tooltips of its two per-user
checkboxes translated: Plone writes them in English outside any translation domain
("Reset password of user …", "Remove user …"). The template is Plone's own
(Products/CMFPlone/controlpanel/browser/usergroups_usersoverview.pt) with those two attributes
calling the methods below; everything else is unchanged."""

from danang.portal import _
from Products.CMFPlone.controlpanel.browser.usergroups_usersoverview import UsersOverviewControlPanel
from zope.i18n import translate


class UsersOverview(UsersOverviewControlPanel):
    def _name(self, user):
        return user.get("fullname") or user.get("login") or user.get("userid") or ""

    def reset_password_title(self, user):
        message = _("title_reset_user_password", default="Đặt lại mật khẩu của ${name}",
                    mapping={"name": self._name(user)})
        return translate(message, context=self.request)

    def remove_title(self, user):
        message = _("title_remove_user", default="Xoá tài khoản ${name}", mapping={"name": self._name(user)})
        return translate(message, context=self.request)

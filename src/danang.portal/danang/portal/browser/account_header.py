"""The header of a logged-in account: what citizens and officials come for, without Plone's
editing toolbar (shown only to who may edit: the "Show Toolbar" permission, profiles/default/
rolemap.xml).

Citizens: "Hồ sơ của tôi", their profile, sign out. Officials: "Bàn làm việc" (their worklist)
first, their profile, sign out.
"""

from danang.portal import _
from danang.portal.desk.landing import MY_DOSSIERS
from danang.portal.desk.landing import WORKLIST
from danang.portal.desk.membership import official_units
from danang.portal.desk.membership import sees_all_units
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class AccountHeader(ViewletBase):
    index = ViewPageTemplateFile("templates/account_header.pt")

    def update(self):
        super().update()
        self.anonymous = api.user.is_anonymous()

    def name(self):
        user = api.user.get_current()
        return user.getProperty("fullname", "") or user.getUserName()

    def links(self):
        portal_url = api.portal.get().absolute_url()
        links = []
        if official_units() or sees_all_units():
            links.append({"id": "worklist", "url": f"{portal_url}/{WORKLIST}",
                          "title": _("header_worklist", default="Bàn làm việc")})
        else:
            links.append({"id": "my-dossiers", "url": f"{portal_url}/{MY_DOSSIERS}",
                          "title": _("my_dossiers_title", default="Hồ sơ của tôi")})
        links.append({"id": "profile", "url": f"{portal_url}/@@personal-information",
                      "title": _("header_profile", default="Thông tin cá nhân")})
        links.append({"id": "logout", "url": f"{portal_url}/logout",
                      "title": _("header_logout", default="Đăng xuất")})
        return links

    def render(self):
        return "" if self.anonymous else self.index()

"""Vietnamese titles for the groups every Plone site has, shown on the user and group pages.

Group titles are data, so the set-up writes them; a title an administrator has already changed
from Plone's English one is left as it is.
"""

from plone import api

# group id: (Plone's title, the portal's title)
TITLES = {
    "Administrators": ("Administrators", "Quản trị hệ thống"),
    "Site Administrators": ("Site Administrators", "Quản trị cổng"),
    "Reviewers": ("Reviewers", "Người duyệt nội dung"),
}
# The virtual group of everyone logged in: its title is the PAS plugin's.
AUTHENTICATED = ("auto_group", "Authenticated Users (Virtual Group)", "Người dùng đã đăng nhập (nhóm ảo)")


def install(portal):
    for group_id, (plone_title, title) in TITLES.items():
        group = api.group.get(groupname=group_id)
        if group is not None and group.getProperty("title") in ("", plone_title):
            group.setGroupProperties({"title": title})
    plugin_id, plone_title, title = AUTHENTICATED
    plugin = getattr(portal.acl_users, plugin_id, None)
    if plugin is not None and plugin.title in ("", plone_title):
        plugin.title = title

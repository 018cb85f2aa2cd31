"""1002 → 1003: Plone's own groups get Vietnamese titles; a title changed by an administrator stays."""

from plone import api
from tests.upgrades.test_v1003 import upgrade_from_1002


def test_plone_groups_get_vietnamese_titles(portal):
    api.group.get(groupname="Reviewers").setGroupProperties({"title": "Reviewers"})
    api.group.get(groupname="Administrators").setGroupProperties({"title": "Ban quản trị"})
    portal.acl_users.auto_group.title = "Authenticated Users (Virtual Group)"
    upgrade_from_1002()
    assert api.group.get(groupname="Reviewers").getProperty("title") == "Người duyệt nội dung"
    assert api.group.get(groupname="Site Administrators").getProperty("title") == "Quản trị cổng"
    assert api.group.get(groupname="Administrators").getProperty("title") == "Ban quản trị"
    assert portal.acl_users.auto_group.title == "Người dùng đã đăng nhập (nhóm ảo)"

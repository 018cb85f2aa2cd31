"""Editors' notes on a service: editors read and edit them; citizens see them nowhere."""

from plone import api
from plone.app.testing import logout
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter

NOTE = "Mã thủ tục 1.899001 là mã tạm của cổng."


def test_notes_are_for_editors_only(portal):
    request = portal.REQUEST
    with api.env.adopt_roles(["Manager"]):
        service = api.content.create(
            container=portal["thu-tuc"], type="Service", id="1.899001", code="1.899001",
            title="Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", sector="hoat-dong-xay-dung",
            levels=["district"], online_level=2, processing_time=15.0, editor_notes=NOTE,
        )
        api.content.transition(obj=service, to_state="published")
        assert getMultiAdapter((service, request), ISerializeToJson)()["editor_notes"] == NOTE
        form = service.restrictedTraverse("@@edit").form_instance
        form.update()
        assert "editor_notes" in [name for group in form.groups for name in group.widgets]
    logout()
    assert "editor_notes" not in getMultiAdapter((service, request), ISerializeToJson)()
    page = service.restrictedTraverse("@@view")()
    assert NOTE not in page
    assert "tạm của cổng" not in page

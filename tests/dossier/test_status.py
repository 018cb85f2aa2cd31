"""The national status codes and the workflow states that carry them."""

from danang.portal.dossier.status import BY_STATE
from danang.portal.dossier.status import status_of_code
from danang.portal.dossier.status import status_of_state
from danang.portal.dossier.status import STATUSES
from plone import api
from zope.i18n import translate


def test_ten_codes_one_state_each():
    assert [status.code for status in STATUSES] == list(range(1, 11))
    assert len(BY_STATE) == 10
    assert status_of_code("5").state == "supplement"
    assert status_of_code(11) is None and status_of_code("x") is None
    assert status_of_state("finished").code == 9
    assert status_of_state("published") is None


def test_titles_are_vietnamese_messages():
    assert translate(status_of_code(1).title, target_language="vi") == "Mới đăng ký"
    assert status_of_code(6).title.default == "Yêu cầu thực hiện nghĩa vụ tài chính"
    assert all(status.title.domain == "danang.portal" for status in STATUSES)


def test_workflow_states_are_status_states(portal):
    workflow = api.portal.get_tool("portal_workflow")["dossier_workflow"]
    assert workflow.initial_state == "new"
    # Every state the workflow has maps to a national code.
    assert set(workflow.states.objectIds()) <= set(BY_STATE)
    assert api.portal.get_tool("portal_workflow").getChainForPortalType("Dossier") == ("dossier_workflow",)
    assert api.portal.get_tool("portal_workflow").getChainForPortalType("DossierFile") == ()


def test_types_are_internal(portal):
    types = api.portal.get_tool("portal_types")
    for name in ("Dossier", "DossierFile", "DossierFolder"):
        assert not types[name].global_allow
    assert types["Dossier"].allowed_content_types == ("DossierFile",)
    assert set(types["DossierFolder"].allowed_content_types) == {"DossierFolder", "Dossier"}
    not_searched = api.portal.get_registry_record("plone.types_not_searched")
    assert {"Dossier", "DossierFile", "DossierFolder", "EasyForm"} <= set(not_searched)
    assert "Dossier" not in api.portal.get_registry_record("plone.displayed_types")
    root = portal["ho-so"]
    assert root.portal_type == "DossierFolder" and root.exclude_from_nav
    assert api.content.get_state(root) == "internal"
    assert root.__ac_local_roles_block__

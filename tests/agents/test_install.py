"""The register's set-up: role, group, folder, types, workflows and indexes; install is idempotent."""

from Acquisition import aq_base
from danang.portal import roles
from danang.portal.agents.directory import FOLDER_ID
from danang.portal.agents.directory import GROUP_ID
from danang.portal.agents.install import install
from plone import api

import pytest


@pytest.fixture
def portal(integration):
    return integration["portal"]


def test_install_creates_the_group_and_the_internal_folder_once(portal):
    folder = install(portal)
    assert aq_base(install(portal)) is aq_base(folder)
    assert portal.objectIds().count(FOLDER_ID) == 1
    assert folder.portal_type == "AgentFolder" and folder.getId() == FOLDER_ID
    assert folder.Title() == "Đại lý dịch vụ công"
    assert api.content.get_state(folder) == "internal"
    group = api.group.get(groupname=GROUP_ID)
    assert group.getProperty("title") == "Đại lý dịch vụ công"
    assert roles.SERVICE_AGENT in api.group.get_roles(group=group)
    # Only site administrators see the register.
    assert sorted(role["name"] for role in folder.rolesOfPermission("View") if role["selected"]) == [
        "Manager", "Site Administrator"]


def test_profile_pieces(portal):
    types = api.portal.get_tool("portal_types")
    assert types["AgentProfile"].title == "Đại lý dịch vụ công"
    assert list(types["AgentFolder"].allowed_content_types) == ["AgentProfile"]
    workflow = api.portal.get_tool("portal_workflow")
    assert workflow.getChainForPortalType("AgentProfile") == ("agent_workflow",)
    assert set(workflow["agent_workflow"].states.objectIds()) == {"active", "suspended"}
    catalog = api.portal.get_tool("portal_catalog")
    assert catalog.Indexes["dossier_agent"].meta_type == "FieldIndex"
    assert catalog.Indexes["agent_user"].meta_type == "FieldIndex"
    assert roles.SERVICE_AGENT in portal.validRoles()


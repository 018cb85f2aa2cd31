"""The account's rights follow the profile: linking another account moves them, deleting the
profile takes them away, the install step puts them back in line; one profile per account."""

from agent_people import ADMIN
from agent_people import APPLICANT
from agent_people import create_accounts
from agent_people import register
from danang.portal import roles
from danang.portal.agents.directory import GROUP_ID
from danang.portal.agents.directory import standing
from danang.portal.agents.directory import user_taken
from danang.portal.agents.install import install
from danang.portal.agents.membership import GRANTED
from danang.portal.dossier.create import create_dossier
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures import accounts as account_testing
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import pytest


@pytest.fixture
def portal(integration):
    portal = integration["portal"]
    install(portal)
    service = account_testing.add_catalogue(portal)
    create_accounts()
    portal.service = service
    return portal


def members():
    return {user.getId() for user in api.user.get_users(groupname=GROUP_ID)}


def has_role(user_id):
    return roles.SERVICE_AGENT in api.user.get(userid=user_id).getRoles()


def dossier_by(portal, agent):
    with api.env.adopt_user(username=agent):
        return create_dossier(portal.service, dict(APPLICANT), {}, [account_testing.pdf_file()], agent=agent)


def test_registering_gives_the_role_and_the_standing(portal):
    assert standing(api.user.get(userid="buudien-hc")).active is False
    profile = register(portal, "buudien-hc")
    assert members() == {"buudien-hc"}
    assert has_role("buudien-hc")
    current = standing(api.user.get(userid="buudien-hc"))
    assert current.active and not current.suspended and current.profile.Title() == "Bưu điện quận Hải Châu"
    assert getattr(profile, GRANTED) == "buudien-hc"
    # A citizen has no standing as an agent.
    citizen = standing(api.user.get(userid="hoa"))
    assert (citizen.user_id, citizen.active, citizen.suspended, citizen.profile) == ("hoa", False, False, None)


def test_linking_another_account_moves_the_rights_and_the_dossiers(portal):
    profile = register(portal, "buudien-hc")
    dossier = dossier_by(portal, "buudien-hc")
    profile.user_id = "daily-tk"
    with api.env.adopt_user(username=ADMIN):
        notify(ObjectModifiedEvent(profile))
    assert members() == {"daily-tk"}
    assert not has_role("buudien-hc")
    # The old account loses its dossiers (it no longer acts for any agent).
    assert dossier.get_local_roles_for_userid("buudien-hc") == ()
    assert getattr(profile, GRANTED) == "daily-tk"


def test_deleting_a_profile_takes_the_rights_away(portal):
    profile = register(portal, "buudien-hc")
    dossier = dossier_by(portal, "buudien-hc")
    # Only a Manager deletes an agent (site administrators suspend instead: the history stays).
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.content.delete(obj=profile, check_linkintegrity=False)
    assert members() == set()
    assert dossier.get_local_roles_for_userid("buudien-hc") == ()


def test_install_puts_rights_back_in_line(portal):
    register(portal, "buudien-hc")
    api.group.remove_user(groupname=GROUP_ID, username="buudien-hc")  # by hand, by mistake
    install(portal)
    assert members() == {"buudien-hc"}


def test_one_profile_per_account(portal):
    profile = register(portal, "buudien-hc")
    assert user_taken("buudien-hc", portal["dai-ly"])
    assert not user_taken("buudien-hc", profile)  # its own
    assert not user_taken("daily-tk", portal["dai-ly"])


def test_editing_without_changing_the_account_keeps_the_rights(portal):
    profile = register(portal, "buudien-hc")
    dossier = dossier_by(portal, "buudien-hc")
    profile.phone = "0905999888"
    with api.env.adopt_user(username=ADMIN):
        notify(ObjectModifiedEvent(profile))
    assert members() == {"buudien-hc"}
    assert dossier.get_local_roles_for_userid("buudien-hc") == ("DossierAgent",)

"""The portal's roles (roles.py): every role named exists in the site; the sets the rules use."""

from danang.portal import roles
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME

import doctest


def test_every_named_role_is_a_role_of_the_site(portal):
    named = {
        roles.MANAGER, roles.SITE_ADMINISTRATOR, roles.OWNER, roles.DESK_OFFICER, roles.SPECIALIST,
        roles.LEADER, roles.DOSSIER_AGENT, roles.SERVICE_AGENT,
    }
    assert named <= set(portal.validRoles())


def test_the_sets_the_rules_check():
    assert roles.UNIT_OFFICIALS == {"DeskOfficer", "Specialist", "Leader"}
    assert roles.STAFF == {"Manager", "Site Administrator", "DeskOfficer", "Specialist", "Leader"}
    assert roles.APPLICANT_SIDE == {"Owner", "DossierAgent"}
    assert roles.CASHIERS == {"DeskOfficer", "Manager", "Site Administrator"}
    assert roles.APOLOGISERS == {"Manager", "Leader"}
    assert roles.TRANSFERRERS == {"Manager", "Specialist", "Leader"}
    assert roles.TRANSFER_RECEIVERS == {"Manager", "DeskOfficer", "Specialist", "Leader"}
    # An applicant is never staff, so a rating never comes from whoever handles the dossier.
    assert not roles.APPLICANT_SIDE & roles.STAFF


def test_holds_any_reads_local_roles_and_never_admits_anonymous(portal):
    setRoles(portal, TEST_USER_ID, ["Member"])
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(container=portal, type="Folder", id="unit-folder")
    login(portal, TEST_USER_NAME)
    assert not roles.holds_any(roles.STAFF, folder)
    folder.manage_setLocalRoles(TEST_USER_ID, ["Specialist"])
    assert roles.holds_any(roles.STAFF, folder)
    assert roles.holds_any(roles.TRANSFERRERS, folder)
    assert not roles.holds_any(roles.CASHIERS, folder)
    logout()
    assert not roles.holds_any(roles.STAFF, folder)


def test_docstring_examples_run():
    failures, tried = doctest.testmod(roles)
    assert tried and not failures

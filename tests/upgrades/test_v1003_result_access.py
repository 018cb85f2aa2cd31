"""1002 → 1003: approved results of dossiers still owing fees go back to the officials only."""

from danang.portal.payment.behaviors import BEFORE_RESULT
from danang.portal.payment.install import install as payment_install
from danang.portal.workflow.actions import release_results
from plone import api
from tests.fixtures.driving import drive
from tests.fixtures.payment_data import give_fees
from tests.fixtures.workflow_people import as_user
from tests.upgrades.test_v1003 import upgrade_from_1002


def test_results_released_unpaid_by_1002_are_withheld(portal, services, make_dossier):
    give_fees(services)
    payment_install(portal)
    services["city"].fee_collection = BEFORE_RESULT
    owing = drive(portal, make_dossier(), "finished")
    release_results(owing)  # as 1002 left it: downloadable although 75.000 đ are owed
    [result] = owing.files("result")
    as_user(portal, "citizen")
    assert api.user.has_permission("View", obj=result)
    upgrade_from_1002()
    as_user(portal, "citizen")
    assert not api.user.has_permission("View", obj=result)

"""Wrong passwords slow the guesser down on every way in: @login, the login form, Basic auth.

Against the functional layer's real WSGI server; the throttle's clock is moved by the tests
instead of waiting.
"""

from danang.portal.backoff import Backoff
from danang.portal.backoff import Policy
from danang.portal.security import login_throttle
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from security_http import form_login
from tests.fixtures.backoff import Clock
from tests.fixtures.backoff import moved_by_hand

import pytest
import requests
import transaction

OFFICIAL = ("can-bo-mot-cua", "mat-khau-can-bo-1")


@pytest.fixture
def clock(monkeypatch):
    return moved_by_hand(monkeypatch, login_throttle)


@pytest.fixture
def site(functional, clock):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        api.group.create(groupname="SXD-desk")
        api.user.create(email="official@example.org", username=OFFICIAL[0], password=OFFICIAL[1])
        api.group.add_user(groupname="SXD-desk", username=OFFICIAL[0])
    transaction.commit()
    return {"portal": portal, "url": f"http://{functional['host']}:{functional['port']}/plone", "clock": clock}


def rest_login(site, login, password, **headers):
    return requests.post(
        f"{site['url']}/@login",
        json={"login": login, "password": password},
        headers={"Accept": "application/json", **headers},
        timeout=30,
    )


def basic(site, login, password):
    # Reading one's own account needs the user id (the login differs).
    return requests.get(f"{site['url']}/@users/{TEST_USER_ID}", auth=(login, password),
                        headers={"Accept": "application/json"}, timeout=30)


def test_the_plugin_checks_the_passwords(portal):
    plugins = portal.acl_users.plugins
    active = plugins.listPluginIds(IAuthenticationPlugin)
    assert login_throttle.PLUGIN_ID in active
    assert "source_users" not in active


def test_policy_delays_grow_and_stop_at_the_cap():
    policy = Policy(free=3, base=1, cap=300, forget_after=3600)
    assert [policy.delay(n) for n in range(0, 7)] == [0, 0, 0, 1, 2, 4, 8]
    assert policy.delay(1000) == 300


def test_backoff_forgets_after_its_period_and_on_success():
    clock = Clock()
    backoff = Backoff(clock=clock)
    policy = Policy(free=1, base=10, cap=60, forget_after=100)
    backoff.fail("k", policy)
    assert backoff.wait("k", policy) == 10
    clock.now += 10
    assert backoff.wait("k", policy) == 0
    backoff.fail("k", policy)
    assert backoff.wait("k", policy) == 20
    clock.now += 100
    assert backoff.wait("k", policy) == 0 and backoff.failures("k", policy) == 0
    backoff.fail("k", policy)
    backoff.succeed("k")
    assert backoff.wait("k", policy) == 0


def test_backoff_memory_is_bounded():
    backoff = Backoff(max_keys=100, clock=Clock())
    policy = Policy(free=1, base=1, cap=1, forget_after=100)
    for number in range(1000):
        backoff.fail(number, policy)
    assert len(backoff._state) <= 100
    assert backoff.failures(999, policy) == 1


def test_rest_login_brute_force_is_slowed_then_the_user_gets_in(site):
    free = login_throttle.CITIZEN.free
    for attempt in range(free):
        response = rest_login(site, TEST_USER_NAME, f"wrong-{attempt}")
        assert response.status_code == 401, response.text
    # The next attempt, even with the right password, must wait: refused unchecked.
    response = rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD)
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) == 1
    assert "thử lại" in response.json()["error"]["message"]
    assert "token" not in response.json()
    # English when asked.
    response = rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD, **{"Accept-Language": "en"})
    assert response.status_code == 429 and "try again" in response.json()["error"]["message"]
    # Each further failure doubles the wait.
    site["clock"].now += 1
    assert rest_login(site, TEST_USER_NAME, "wrong").status_code == 401
    response = rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD)
    assert response.status_code == 429 and response.headers["Retry-After"] == "2"
    # Once the wait is over the real user gets in, and the count starts again.
    site["clock"].now += 2
    response = rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD)
    assert response.status_code == 200, response.text
    assert response.json()["token"]
    assert rest_login(site, TEST_USER_NAME, "wrong").status_code == 401


def test_hammering_does_not_lock_the_user_out_longer_than_the_cap(site):
    for attempt in range(200):
        rest_login(site, TEST_USER_NAME, f"wrong-{attempt}")
        site["clock"].now += 0.01
    response = rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD)
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) <= login_throttle.CITIZEN.cap
    site["clock"].now += login_throttle.CITIZEN.cap
    assert rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD).status_code == 200


def test_officials_accounts_are_slowed_sooner(site):
    policy = login_throttle.OFFICIAL
    assert policy.free < login_throttle.CITIZEN.free
    for attempt in range(policy.free):
        assert rest_login(site, OFFICIAL[0], f"wrong-{attempt}").status_code == 401
    response = rest_login(site, *OFFICIAL)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == str(int(policy.base))
    site["clock"].now += policy.base
    assert rest_login(site, *OFFICIAL).status_code == 200


def test_basic_auth_is_throttled_too(site):
    assert basic(site, TEST_USER_NAME, TEST_USER_PASSWORD).status_code == 200
    for attempt in range(login_throttle.CITIZEN.free):
        assert basic(site, TEST_USER_NAME, f"wrong-{attempt}").status_code == 401
    response = basic(site, TEST_USER_NAME, TEST_USER_PASSWORD)
    assert response.status_code == 401
    assert response.headers["Retry-After"] == "1"
    site["clock"].now += 1
    assert basic(site, TEST_USER_NAME, TEST_USER_PASSWORD).status_code == 200


def test_login_form_is_throttled_and_says_why(site):
    for attempt in range(login_throttle.CITIZEN.free):
        session, response = form_login(site["url"], TEST_USER_NAME, f"wrong-{attempt}")
        assert "__ac" not in session.cookies
    session, response = form_login(site["url"], TEST_USER_NAME, TEST_USER_PASSWORD)
    assert "__ac" not in session.cookies
    assert "quá nhiều lần" in response.text
    site["clock"].now += 1
    session, response = form_login(site["url"], TEST_USER_NAME, TEST_USER_PASSWORD)
    assert response.status_code == 302
    assert "__ac" in session.cookies


def test_one_address_spraying_many_accounts_is_slowed(site):
    free = login_throttle.ADDRESS.free
    for number in range(free):
        # A different account each time: no account reaches its own limit.
        assert rest_login(site, f"citizen-{number}", "123456").status_code == 401
    response = rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD)
    assert response.status_code == 429
    site["clock"].now += 1
    assert rest_login(site, TEST_USER_NAME, TEST_USER_PASSWORD).status_code == 200


@pytest.mark.parametrize(
    "body",
    ['{"login": 1, "password": 2}', "[]", '"x"', "{", '{"login": "a"}', "[" * 100000 + "]" * 100000,
     '{"login": null, "password": "x"}', '{"login": "a", "password": {"x": 1}}'],
)
def test_a_malformed_login_body_answers_400(site, body):
    response = requests.post(
        f"{site['url']}/@login",
        data=body.encode(),
        headers={"Accept": "application/json", "Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 400, response.text
    answer = response.json()
    # plone.restapi's shape ({"error": {...}}) or plone.rest's ({"type", "message"}).
    assert answer.get("error", answer)["message"]
    assert "Recursion" not in response.text

"""The look-up throttle (lookup/throttle.py, docs/security.md "Look-up throttle"): the guesser of a
dossier code or of a number waits longer after each miss; an address is never blocked and a
correct code and number always go through from it. Requests → answers through @dossier-status
(the page shares the same look-up: tests/lookup/test_lookup_page.py)."""

from danang.portal.backoff import Backoff
from danang.portal.backoff import Policy
from danang.portal.lookup import throttle
from danang.portal.lookup.settings import ILookupSettings
from plone import api
from tests.fixtures import accounts as testing
from tests.fixtures.backoff import Clock
from tests.fixtures.backoff import moved_by_hand
from types import SimpleNamespace
from zope import schema

import pytest
import requests
import transaction

RIGHT = "0905123456"
WRONG = "0935000000"


@pytest.fixture
def clock(monkeypatch):
    return moved_by_hand(monkeypatch, throttle)


@pytest.fixture
def site(functional, clock):
    portal = functional["portal"]
    service = testing.add_catalogue(portal)
    dossier = testing.submit_as(service)
    transaction.commit()
    unit, day, _sequence = dossier.dossier_code.rsplit("-", 2)
    return {"code": dossier.dossier_code, "url": testing.site_url(functional),
            "other_code": lambda n: f"{unit}-{day}-{9000 + n}"}


def configure(**values):
    for name, value in values.items():
        api.portal.set_registry_record(f"danang.portal.lookup.{name}", value)
    transaction.commit()


def status(site, headers=None, **body):
    return requests.post(f"{site['url']}/@dossier-status", json=body,
                         headers={"Accept": "application/json", **(headers or {})}, timeout=30)


def test_a_guessed_code_waits_longer_after_each_miss_even_for_its_owner(site, clock):
    configure(free_failures=2, first_wait=2, max_wait=300)
    for _guess in range(2):
        assert status(site, code=site["code"], phone=WRONG).status_code == 404
    refused = status(site, code=site["code"], phone=RIGHT)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "2"
    assert refused.json()["error"]["message"].endswith("Vui lòng chờ 2 giây rồi bấm Tra cứu lại.")
    # Hammering while waiting is not looked up and not counted: the wait does not grow.
    assert status(site, code=site["code"], phone=WRONG).headers["Retry-After"] == "2"
    clock.now += 2
    assert status(site, code=site["code"], phone=WRONG).status_code == 404
    assert status(site, code=site["code"], phone=RIGHT).headers["Retry-After"] == "4"
    clock.now += 4
    # The owner gets through once the wait is over, and that clears the code's count.
    assert status(site, code=site["code"], phone=RIGHT).status_code == 200
    assert status(site, code=site["code"], phone=WRONG).status_code == 404
    assert status(site, code=site["code"], phone=RIGHT).status_code == 200


def test_the_code_counts_whatever_its_case(site, clock):
    configure(free_failures=2)
    assert status(site, code=site["code"].lower(), phone=WRONG).status_code == 404
    assert status(site, code=site["code"], phone=WRONG).status_code == 404
    assert status(site, code=site["code"].lower(), phone=RIGHT).status_code == 429


def test_the_number_tried_on_many_codes_waits_too(site, clock):
    configure(free_failures=2, address_free_failures=100)
    for n in range(2):
        assert status(site, code=site["other_code"](n), phone=RIGHT).status_code == 404
    # Someone tried codes with this phone: it waits; the ID number still works.
    assert status(site, code=site["code"], phone=RIGHT).status_code == 429
    assert status(site, code=site["code"], id_number="048190001234").status_code == 200


def test_a_noisy_address_never_blocks_a_correct_pair_but_its_misses_wait_at_once(site, clock):
    configure(free_failures=5, address_free_failures=3)
    # A guesser behind the same address as the citizen (a carrier's NAT) spreads over many codes
    # and numbers.
    for n in range(10):
        assert status(site, code=site["other_code"](n), phone=f"09350000{n:02d}").status_code == 404
    assert status(site, code=site["code"], phone=RIGHT).status_code == 200
    # Past its free failures, one miss from the address makes that code wait (no free misses).
    assert status(site, code=site["other_code"](50), id_number="012345678901").status_code == 404
    assert status(site, code=site["other_code"](50), id_number="012345678902").status_code == 429
    # The correct pair did not wash the address: still noisy.
    assert status(site, code=site["other_code"](51), id_number="012345678903").status_code == 404
    assert status(site, code=site["other_code"](51), id_number="012345678904").status_code == 429


def test_bad_requests_do_not_count(site, clock):
    configure(free_failures=1)
    for _attempt in range(5):
        assert status(site, code="garbage", phone=RIGHT).status_code == 400
    assert status(site, code=site["code"], phone=RIGHT).status_code == 200


def test_the_client_address_trusts_x_forwarded_for_only_when_configured(portal):
    def request(forwarded):
        return SimpleNamespace(getHeader=lambda name: forwarded, getClientAddr=lambda: "127.0.0.1")

    assert throttle.client_address(request("203.0.113.7")) == "127.0.0.1"
    api.portal.set_registry_record("danang.portal.lookup.trusted_proxies", 1)
    # The proxy appends the client's address; whatever the client put before it is ignored.
    assert throttle.client_address(request("10.0.0.1, 203.0.113.7")) == "203.0.113.7"
    assert throttle.client_address(request(None)) == "127.0.0.1"


def test_a_miss_under_suspicion_uses_up_the_free_failures():
    clock = Clock()
    backoff = Backoff(clock=clock)
    policy = Policy(free=5, base=2, cap=300, forget_after=3600)
    backoff.fail("a", policy, skip_free=True)
    assert backoff.wait("a", policy) == 2
    assert throttle.normalize_code(" h17.492-250303-0001 ") == "H17.492-250303-0001"


def test_the_documented_numbers():
    """docs/security.md: with the shipped values a guesser gets 23 guesses of one code in the
    first hour and 12 an hour after that."""
    defaults = {name: ILookupSettings[name].default for name in schema.getFieldNames(ILookupSettings)}
    policy = Policy(free=defaults["free_failures"], base=defaults["first_wait"], cap=defaults["max_wait"],
                    forget_after=defaults["forget_after"])
    clock = Clock()
    backoff = Backoff(clock=clock)
    start, hours = clock.now, [0, 0]
    while clock.now < start + 7200:
        wait = backoff.wait("code", policy)
        if wait:
            clock.now += wait
            continue
        hours[int((clock.now - start) // 3600)] += 1
        backoff.fail("code", policy)
    assert hours == [23, 12]

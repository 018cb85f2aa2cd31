"""The home page's figures and sector counts are cached, and follow every change of a service."""

from danang.portal.browser import catalogue_summary
from danang.portal.content.generation import generation
from lxml import html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.testing.zope import Browser
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import transaction


@pytest.fixture
def visitor(functional, catalogue):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    return browser


@pytest.fixture
def computed(monkeypatch):
    """How many times the summary was computed (not taken from the cache)."""
    calls = []
    compute = catalogue_summary._compute

    def counting():
        calls.append(1)
        return compute()

    monkeypatch.setattr(catalogue_summary, "_compute", counting)
    return calls


def figures(browser, url):
    browser.open(url)
    tree = html.fromstring(browser.contents)
    return [" ".join(li.text_content().split()) for li in tree.find_class("dn-figures")[0].iter("li")]


def test_the_figures_are_computed_once_until_the_catalogue_changes(visitor, catalogue, computed):
    url = catalogue.absolute_url()
    first = figures(visitor, url)
    assert first[0] == "5 thủ tục hành chính"
    for _ in range(3):
        assert figures(visitor, url) == first
    assert len(computed) == 1

    # An edit of a service (as its edit form does: modified event) renews the figures.
    service = catalogue["thu-tuc"].contentValues()[0]
    before = generation(catalogue)
    level = service.online_level
    service.online_level = 4 if level != 4 else 2
    service.reindexObject()
    notify(ObjectModifiedEvent(service))
    transaction.commit()
    assert generation(catalogue) != before
    changed = figures(visitor, url)
    assert len(computed) == 2
    full = int(changed[2].split()[0])
    assert full == int(first[2].split()[0]) + (1 if level != 4 else -1)


def test_a_retracted_service_leaves_the_figures(visitor, catalogue, computed):
    url = catalogue.absolute_url()
    assert figures(visitor, url)[0] == "5 thủ tục hành chính"
    service = catalogue["thu-tuc"].contentValues()[0]
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=service, to_state="private")
    transaction.commit()
    assert figures(visitor, url)[0] == "4 thủ tục hành chính"


def test_nothing_is_cached_from_an_uncommitted_change(catalogue):
    service = catalogue["thu-tuc"].contentValues()[0]
    notify(ObjectModifiedEvent(service))
    assert generation(catalogue) is None  # this transaction may still roll back
    transaction.abort()
    assert generation(catalogue) is not None

"""HTTP helpers of the payment tests, which drive the real WSGI server on 127.0.0.1."""

from lxml import html
from payment_testdata import CASE_III
from payment_testdata import case_answer
from payment_testdata import submit

import requests
import transaction
import urllib.parse

TIMEOUT = 60


def form_of(page, action_part, form_id=None):
    """(action URL, fields) of the first form whose action contains ``action_part`` (and whose
    id is ``form_id`` when given); the fields are its inputs with a name (what a browser posts,
    submit buttons aside)."""
    tree = html.fromstring(page)
    for form in tree.forms:
        if form_id is not None and form.get("id") != form_id:
            continue
        if action_part in (form.get("action") or ""):
            fields = {}
            for element in form.inputs:
                name = element.get("name")
                if name and element.get("type") != "submit" and element.tag != "button":
                    fields[name] = element.get("value") or ""
            return form.get("action"), fields
    raise AssertionError(f"no form posting to {action_part!r}")


def query_of(url):
    """The query string of ``url`` as a dict of single values."""
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query, keep_blank_values=True))


def session(auth=None):
    browser = requests.Session()
    browser.auth = auth
    return browser


def start(browser, page_url):
    """Click "Thanh toán trực tuyến" on ``page_url``; return the gateway address it sends to."""
    page = browser.get(page_url, timeout=TIMEOUT)
    assert page.status_code == 200, page.text[:500]
    action, fields = form_of(page.text, "@@thanh-toan-truc-tuyen")
    response = browser.post(action, data=fields, allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code in (302, 303), response.text[:500]
    return response.headers["Location"]


def gateway_choice(gateway_url, choice):
    """At the sandbox gateway (a browser without the portal's cookies): "pay" or "cancel";
    return the address the gateway sends the browser back to."""
    browser = session()
    page = browser.get(gateway_url, timeout=TIMEOUT)
    assert page.status_code == 200, page.text[:500]
    action, fields = form_of(page.text, "@@cong-thanh-toan-thu-nghiem")
    response = browser.post(action, data={**fields, "choice": choice}, allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code in (302, 303), response.text[:500]
    return response.headers["Location"]


def notify(base_url, params, provider="sandbox"):
    """Send a notification (IPN) as the gateway would; return the JSON answer."""
    response = requests.get(f"{base_url}/@@thanh-toan-ipn/{provider}", params=params, timeout=TIMEOUT)
    assert response.headers["Content-Type"].startswith("application/json")
    return response.json()


def new_dossier(live, answers=None, user_id="citizen"):
    """A committed online dossier of the "city" service (case III unless ``answers``)."""
    if answers is None:
        answers = case_answer("c1", CASE_III)
    dossier = submit(live["services"]["city"], answers, user_id=user_id)
    transaction.commit()
    return dossier


def refreshed(live, dossier):
    """The dossier as the server's threads left it."""
    transaction.begin()
    return live["portal"].unrestrictedTraverse("/".join(dossier.getPhysicalPath()))

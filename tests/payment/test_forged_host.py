"""A forged ``Host`` header, against the real WSGI server: the sandbox gateway's notification (IPN)
still goes to the portal, and the payment addresses and e-mails carry the canonical public URL
(public_url.py, docs/security.md "Addresses that leave the request")."""

from danang.portal.payment.record import get_record
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from plone import api
from tests.fixtures.mail import use_smtp_server
from tests.fixtures.payment_http import form_of
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import refreshed
from tests.fixtures.payment_http import TIMEOUT
from tests.fixtures.workflow_people import PASSWORD

import pytest
import requests
import threading
import time
import transaction

CITIZEN = ("citizen", PASSWORD)


class _Recorder(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.calls.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"RspCode": "00", "Message": "Confirm Success"}')

    def log_message(self, *args):
        pass


@pytest.fixture
def attacker():
    """An HTTP server on 127.0.0.1 standing for the address an attacker puts in ``Host``: it
    records every call (a signed notification sent there would leak)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.calls = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def forged(attacker):
    browser = requests.Session()
    browser.headers["Host"] = f"127.0.0.1:{attacker.server_address[1]}"
    return browser


def pay_with_forged_host(live, attacker, dossier):
    """The applicant's clicks, every request carrying the attacker's ``Host`` though sent to the
    real server: (gateway address, return address)."""
    base = live["base"]
    browser = forged(attacker)
    browser.auth = CITIZEN
    page = browser.get(dossier.absolute_url(), timeout=TIMEOUT).text
    _action, fields = form_of(page, "@@thanh-toan-truc-tuyen")
    started = browser.post(f"{base}/@@thanh-toan-truc-tuyen", data=fields, allow_redirects=False, timeout=TIMEOUT)
    gateway = started.headers["Location"]
    query = gateway.split("?", 1)[1]
    page = forged(attacker).get(f"{base}/@@cong-thanh-toan-thu-nghiem?{query}", timeout=TIMEOUT)
    assert page.status_code == 200, page.text[:300]
    _action, fields = form_of(page.text, "@@cong-thanh-toan-thu-nghiem")
    paid = forged(attacker).post(f"{base}/@@cong-thanh-toan-thu-nghiem", data={**fields, "choice": "pay"},
                                 allow_redirects=False, timeout=TIMEOUT)
    assert paid.status_code == 303, paid.text[:300]
    return gateway, paid.headers["Location"]


def mails_to(smtp, address, count=1, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = [mail["message"] for mail in smtp.messages if address in mail["to"]]
        if len(found) >= count:
            return found
        time.sleep(0.05)
    return [mail["message"] for mail in smtp.messages if address in mail["to"]]


def bodies(messages):
    return "\n".join(message.get_body(("plain",)).get_content() for message in messages)


def test_with_the_canonical_url_nothing_follows_the_host(live, attacker, smtp):
    # The canonical address reaches the same server by another name than the tests' "localhost".
    canonical = live["base"].replace("localhost", "127.0.0.1")
    api.portal.set_registry_record("danang.portal.site.public_url", canonical)
    use_smtp_server(live["portal"], smtp)
    transaction.commit()
    dossier = new_dossier(live)

    gateway, returned = pay_with_forged_host(live, attacker, dossier)
    assert gateway.startswith(f"{canonical}/@@cong-thanh-toan-thu-nghiem?")
    assert f"vnp_ReturnUrl={canonical.replace(':', '%3A').replace('/', '%2F')}" in gateway
    assert returned.startswith(f"{canonical}/@@ket-qua-thanh-toan/sandbox?")
    # The notification reached the portal, not the forged address.
    assert attacker.calls == []
    assert get_record(refreshed(live, dossier)).state == "paid"
    # The mails (acknowledgement, e-receipt) carry the canonical address only.
    # An official accepts the dossier through a request with the forged Host: the status mail
    # sent from that very request carries the canonical look-up link.
    desk = forged(attacker)
    desk.auth = ("sxd-desk", PASSWORD)
    page = desk.get(dossier.absolute_url(), timeout=TIMEOUT).text
    _action, fields = form_of(page, "@@dossier-action", form_id="dn-action-accept")
    accepted = desk.post(f"{dossier.absolute_url()}/@@dossier-action", data=fields, allow_redirects=False,
                         timeout=TIMEOUT)
    assert accepted.status_code in (302, 303), accepted.text[:300]
    # The e-receipt (sent from the gateway's notification) and the status mail.
    text = bodies(mails_to(smtp, dossier.applicant_email, count=2))
    assert f"{canonical}/@@xac-minh-bien-lai" in text and f"{canonical}/tra-cuu-ho-so" in text
    assert f"127.0.0.1:{attacker.server_address[1]}" not in text


def test_in_development_the_notification_goes_to_the_instance_address(live, attacker):
    # No canonical URL: the instance's own address (zope.conf instance-url; the `live` fixture
    # sets the test server's) receives the notification whatever the Host said.
    dossier = new_dossier(live)
    gateway, returned = pay_with_forged_host(live, attacker, dossier)
    assert attacker.calls == []
    assert get_record(refreshed(live, dossier)).state == "paid"

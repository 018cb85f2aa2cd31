"""Citizens cannot list accounts, nor create them through REST bypassing the registration page;
reset-password tells nothing about who has an account and leaks no mail-server error."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures import accounts as testing

import pytest
import requests
import transaction

TIMEOUT = 30
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def site(dossier_site):
    return {**dossier_site, "citizen": (testing.CITIZEN["username"], testing.CITIZEN["password"])}


@pytest.mark.parametrize("vocabulary", ["plone.app.vocabularies.Users", "plone.app.vocabularies.Principals",
                                        "plone.app.vocabularies.Groups"])
def test_a_citizen_cannot_list_accounts(site, vocabulary):
    dossier_path = "/".join(site["dossier"].getPhysicalPath()[2:])
    for base in (site["url"], f"{site['url']}/{dossier_path}"):
        response = requests.get(f"{base}/@vocabularies/{vocabulary}?title=a", auth=site["citizen"],
                                headers=JSON, timeout=TIMEOUT)
        assert response.status_code in (401, 403), (base, response.text[:300])
        assert testing.OTHER_CITIZEN["username"] not in response.text
        assert "Trần Thị Lan" not in response.text
    response = requests.get(f"{site['url']}/@@member-search", auth=site["citizen"], allow_redirects=False,
                            timeout=TIMEOUT)
    assert "Trần Thị Lan" not in response.text


def test_administrators_still_list_accounts(site):
    response = requests.get(f"{site['url']}/@vocabularies/plone.app.vocabularies.Users?title=Lan",
                            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), headers=JSON, timeout=TIMEOUT)
    assert response.status_code == 200
    assert [item["token"] for item in response.json()["items"]] == [testing.OTHER_CITIZEN["username"]]


def test_rest_self_registration_is_closed(site):
    api.portal.set_registry_record("plone.enable_self_reg", True)
    transaction.commit()
    body = {"username": "ke-gian", "email": "kegian@example.org", "password": "mot-mat-khau-dai-9"}
    response = requests.post(f"{site['url']}/@users", json=body, headers=JSON, timeout=TIMEOUT)
    assert response.status_code == 403, response.text
    assert "@@register" in response.json()["error"]["message"]
    transaction.begin()
    assert api.user.get(username="ke-gian") is None


def test_administrators_still_create_accounts(site):
    body = {"username": "can-bo-moi", "email": "canbo@example.org", "password": "mot-mat-khau-dai-9"}
    response = requests.post(f"{site['url']}/@users", json=body, headers=JSON,
                             auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=TIMEOUT)
    assert response.status_code == 201, response.text


def test_reset_password_answers_the_same_for_unknown_and_known_logins(site, smtp_portal, smtp):
    unknown = requests.post(f"{site['url']}/@users/khong-co-ai/reset-password", data="{}", headers=JSON, timeout=TIMEOUT)
    known = requests.post(f"{site['url']}/@users/{testing.CITIZEN['username']}/reset-password", data="{}",
                          headers=JSON, timeout=TIMEOUT)
    assert unknown.status_code == known.status_code == 204, (unknown.text, known.text)
    smtp.wait(10)
    assert len(smtp.messages) == 1


def test_a_failing_mail_server_is_not_shown(site):
    mailhost = site["portal"].MailHost
    mailhost.smtp_host, mailhost.smtp_port = "127.0.0.1", 9  # nothing listens there
    transaction.commit()
    response = requests.post(f"{site['url']}/@users/{testing.CITIZEN['username']}/reset-password", data="{}",
                             headers=JSON, timeout=TIMEOUT)
    # Sent at once: the refusal is answered with a plain message.
    assert response.status_code == 503, response.text
    assert response.json()["error"]["message"] == "Hiện chưa gửi được thư đặt lại mật khẩu. Vui lòng thử lại sau ít phút."
    for leak in ("Connection refused", "Errno", "SMTP", "Traceback"):
        assert leak not in response.text


def test_the_reset_link_is_on_the_public_address_whatever_the_host(site, smtp_portal, smtp):
    api.portal.set_registry_record("danang.portal.site.public_url", "https://dichvucong.danang.example")
    transaction.commit()
    response = requests.post(f"{site['url']}/@users/{testing.CITIZEN['username']}/reset-password", data="{}",
                             headers={**JSON, "Host": "attacker.example:80"}, timeout=TIMEOUT)
    assert response.status_code == 204, response.text
    smtp.wait(10)
    [message] = smtp.messages
    body = "".join(part.get_content() for part in message["message"].walk()
                   if part.get_content_maintype() == "text")
    assert "https://dichvucong.danang.example/passwordreset/" in body
    assert "attacker.example" not in body


@pytest.mark.parametrize("view", ["mail_password_template", "registered_notify_template"])
def test_the_mail_templates_are_no_page(site, view):
    # Opened by URL they have no member to write to: a 404, not Plone's KeyError (a 500).
    response = requests.get(f"{site['url']}/@@{view}", timeout=TIMEOUT)
    assert response.status_code == 404
    assert "KeyError" not in response.text

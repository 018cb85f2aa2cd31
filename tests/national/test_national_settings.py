"""Site Setup > "Cổng DVC quốc gia" (national/controlpanel.py): the secrets are write-only."""

from danang.portal import settings
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import transaction


def test_secrets_are_never_shown_kept_when_empty_and_the_endpoint_checked(functional):
    secret = settings.read(INationalSettings, PREFIX, "outbound_secret")
    assert len(secret) == 64  # generated at install
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{functional['portal'].absolute_url()}/@@danang-national-controlpanel")
    assert "Cổng DVC quốc gia" in browser.contents
    assert secret not in browser.contents
    browser.getControl(name="form.widgets.endpoint").value = "ftp://dvc.example"
    browser.getControl(name="form.buttons.save").click()
    assert "https://" in browser.contents
    browser.getControl(name="form.widgets.endpoint").value = "https://api.dichvucong.example/dong-bo"
    browser.getControl(name="form.widgets.inbound_secret").value = "new-inbound-secret"
    browser.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert settings.read(INationalSettings, PREFIX, "endpoint") == "https://api.dichvucong.example/dong-bo"
    assert settings.read(INationalSettings, PREFIX, "outbound_secret") == secret
    assert settings.read(INationalSettings, PREFIX, "inbound_secret") == "new-inbound-secret"
    assert "new-inbound-secret" not in browser.contents

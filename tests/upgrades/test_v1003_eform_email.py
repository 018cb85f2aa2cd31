"""1003 step "e-form e-mail": a generated e-form of 1002 (e-mail required) gets the optional e-mail;
an editor's own form is left alone."""

from collective.easyform.api import get_schema
from danang.portal.forms import generation
from danang.portal.forms import model
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures.forms import make_agency
from tests.fixtures.forms import make_service
from tests.upgrades.test_v1003 import upgrade_from_1002

import re


def test_generated_forms_get_the_optional_email(portal, monkeypatch):
    original = model.fields_model

    def as_1002(service):
        # 1002 generated the e-mail field as required.
        return re.sub(r'(<field name="email".*?<required>)False(</required>)', r"\1True\2",
                      original(service), flags=re.S)

    monkeypatch.setattr(model, "fields_model", as_1002)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    make_agency(portal)
    service = make_service(portal, "1.009130")
    form = service[generation.FORM_ID]
    assert get_schema(form)["email"].required
    monkeypatch.setattr(model, "fields_model", original)
    upgrade_from_1002()
    assert not get_schema(service[generation.FORM_ID])["email"].required

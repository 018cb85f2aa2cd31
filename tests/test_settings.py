"""The registry-settings reader (settings.py): record names, defaults, empty values."""

from danang.portal import settings
from danang.portal.acknowledgement.settings import IReceiptSettings
from danang.portal.dossier.settings import IApplicantLinkSettings
from danang.portal.lookup.settings import ILookupSettings
from danang.portal.payment.settings import IPaymentSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import pytest

LOOKUP = "danang.portal.lookup"


def test_reads_the_record_of_the_areas_prefix(portal):
    # The acknowledgement's records keep their older "receipts" name.
    api.portal.set_registry_record("danang.portal.receipts.link_lifetime", 600)
    assert settings.read(IReceiptSettings, "danang.portal.receipts", "link_lifetime") == 600
    api.portal.set_registry_record(f"{LOOKUP}.max_wait", 120)
    assert settings.read(ILookupSettings, LOOKUP, "max_wait") == 120


def test_a_missing_record_gives_the_fields_default(portal):
    registry = getUtility(IRegistry)
    del registry.records[f"{LOOKUP}.free_failures"]
    assert settings.read(ILookupSettings, LOOKUP, "free_failures") == 5
    assert settings.read_all(ILookupSettings, LOOKUP)["free_failures"] == 5


def test_outside_a_site_every_field_has_its_default():
    assert settings.read_all(ILookupSettings, LOOKUP) == {
        "free_failures": 5,
        "first_wait": 2,
        "max_wait": 300,
        "address_free_failures": 20,
        "forget_after": 3600,
        "trusted_proxies": 0,
    }
    # The applicant link's lifetime keeps its look-up record name, under the dossier's interface.
    assert settings.read_all(IApplicantLinkSettings, LOOKUP) == {"applicant_link_lifetime": 3600}


def test_an_empty_required_field_reads_as_its_default_an_empty_optional_one_stays_empty(portal):
    registry = getUtility(IRegistry)
    registry.records["danang.portal.payment.provider"].value = None
    registry.records["danang.portal.payment.merchant_code"].value = None
    assert settings.read(IPaymentSettings, "danang.portal.payment", "provider") == "vnpay"
    assert settings.read(IPaymentSettings, "danang.portal.payment", "merchant_code") is None


def test_write_stores_the_record(portal):
    settings.write(IPaymentSettings, "danang.portal.payment", "merchant_code", "DNG00001")
    assert api.portal.get_registry_record("danang.portal.payment.merchant_code") == "DNG00001"
    assert settings.read(IPaymentSettings, "danang.portal.payment", "merchant_code") == "DNG00001"


def test_a_name_that_is_not_a_field_is_refused(portal):
    with pytest.raises(KeyError):
        settings.read(ILookupSettings, LOOKUP, "windw")
    with pytest.raises(KeyError):
        settings.write(ILookupSettings, LOOKUP, "windw", 1)

"""Signed receipt links: valid for their code only, until they expire, across key rotation."""

from danang.portal.acknowledgement.access import check_token
from danang.portal.acknowledgement.access import make_token
from plone.keyring.interfaces import IKeyManager
from zope.component import getUtility

CODE = "H17.492-250303-0001"


def test_a_token_opens_its_own_receipt(portal):
    assert check_token(CODE, make_token(CODE))


def test_a_token_does_not_open_another_receipt(portal):
    assert not check_token("H17.492-250303-0002", make_token(CODE))


def test_tokens_expire(portal):
    token = make_token(CODE, now=1_000_000, lifetime=3600)
    assert check_token(CODE, token, now=1_000_000 + 3599)
    assert not check_token(CODE, token, now=1_000_000 + 3601)


def test_the_lifetime_is_a_registry_setting(portal):
    from plone import api

    api.portal.set_registry_record("danang.portal.receipts.link_lifetime", 60)
    token = make_token(CODE, now=1_000_000)
    assert token.startswith("1000060.")


def test_forged_or_damaged_tokens_are_refused(portal):
    expires, signature = make_token(CODE).split(".")
    later = str(int(expires) + 10**6)
    for token in (None, "", "abc", f"{later}.{signature}", f"{expires}.{signature[:-2]}xx", f"{expires}."):
        assert not check_token(CODE, token)


def test_a_key_rotation_does_not_void_fresh_links(portal):
    token = make_token(CODE)
    getUtility(IKeyManager).rotate("_system")
    assert check_token(CODE, token)

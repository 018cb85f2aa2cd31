"""Local citizen registration follows the setting ``local_registration`` (vneid/settings.py):
off, Plone's own join is closed too (``plone.enable_self_reg``: Anonymous loses "Add portal
member", the "Đăng ký" link goes) and ``@@register`` says to sign in with VNeID
(accounts/registration.py). Officials' accounts are made by administrators either way."""

from danang.portal import settings
from danang.portal.vneid.settings import IVNeIDSettings
from danang.portal.vneid.settings import PREFIX
from plone import api


def open_for_citizens():
    return bool(settings.read(IVNeIDSettings, PREFIX, "local_registration"))


def sync_self_registration():
    wanted = open_for_citizens()
    if api.portal.get_registry_record("plone.enable_self_reg", default=None) != wanted:
        api.portal.set_registry_record("plone.enable_self_reg", wanted)

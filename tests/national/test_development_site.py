"""`make start` (``danang-site ensure --development``) sends a development site's dossiers to the
simulator (cli/site.py, national/install.py); a production instance never does."""

from danang.portal import settings
from danang.portal.cli.site import enable_national_simulator
from danang.portal.national.install import DEVELOPMENT_ENDPOINT
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX

import transaction


def test_a_development_site_uses_the_simulator_a_production_one_never(functional, zope_conf):
    zope_conf(production="on")
    enable_national_simulator()
    transaction.begin()
    assert settings.read(INationalSettings, PREFIX, "endpoint") == ""
    assert not settings.read(INationalSettings, PREFIX, "simulator_enabled")

    zope_conf(production="off")
    enable_national_simulator()
    transaction.begin()
    assert settings.read(INationalSettings, PREFIX, "endpoint") == DEVELOPMENT_ENDPOINT
    assert settings.read(INationalSettings, PREFIX, "simulator_enabled")

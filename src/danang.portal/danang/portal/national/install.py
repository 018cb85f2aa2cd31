"""``install(portal)``: the exchange's defaults on a new or upgraded site (idempotent).

Each secret is generated once, so a fresh site signs and checks requests and no two sites share a
secret; the national portal's real secrets replace them in Site Setup. ``enable_for_development``
points the site at the local simulator (`make start`, the test layers).
"""

from danang.portal import deployment
from danang.portal import settings
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX

import secrets

# Where `make start` runs the simulator (README, "National portal").
DEVELOPMENT_ENDPOINT = "http://127.0.0.1:8091/dvcqg/api/dong-bo"


def install(portal=None):
    for name in ("outbound_secret", "inbound_secret"):
        if not settings.read(INationalSettings, PREFIX, name):
            settings.write(INationalSettings, PREFIX, name, secrets.token_hex(32))


def enable_for_development(endpoint=DEVELOPMENT_ENDPOINT):
    """Run the simulator and send to it, unless a real endpoint is set; False on a production
    instance (nothing changed)."""
    if deployment.is_production():
        return False
    install()
    settings.write(INationalSettings, PREFIX, "simulator_enabled", True)
    if not settings.read(INationalSettings, PREFIX, "endpoint"):
        settings.write(INationalSettings, PREFIX, "endpoint", endpoint)
    return True

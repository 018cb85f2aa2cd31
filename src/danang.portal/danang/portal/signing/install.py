"""Development and test sites: test certificates on, and the test CA made at set-up (its
agencies' certificates are made when each first signs: testca.py)."""

from danang.portal import deployment
from danang.portal import settings
from danang.portal.signing import vault
from danang.portal.signing.settings import ISigningSettings
from danang.portal.signing.settings import PREFIX


def enable_test_certificates(portal):
    """Sign with the test CA; False on an instance marked production, which never signs with
    test certificates (vault.key_material checks it again)."""
    if deployment.is_production():
        return False
    settings.write(ISigningSettings, PREFIX, "test_certificates", True)
    vault.test_ca()
    return True

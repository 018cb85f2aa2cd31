"""1001 → 1002, security hardening: what docs/security.md lists as set up on the site."""

from danang.portal.security.install import install


def install_security(context):
    install()

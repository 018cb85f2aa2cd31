"""1002 → 1003: Plone's own groups get Vietnamese titles on the user and group pages
(accounts/group_titles.py)."""

from danang.portal.accounts.group_titles import install
from plone import api


def title_groups(setup_tool):
    install(api.portal.get())

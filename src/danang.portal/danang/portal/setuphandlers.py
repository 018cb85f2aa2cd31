"""Install and uninstall steps that GenericSetup's XML cannot express: the catalogue's folders
(data/folders.py), the home page, the logo, the search page, the dossier container and each
area's own set-up."""

from danang.portal.branding import remove_site_logo
from danang.portal.branding import set_site_logo
from danang.portal.browser.search import install_search_page
from danang.portal.browser.search import uninstall_search_page
from danang.portal.data.folders import ensure_folders
from danang.portal.deadlines.install import initialise_calendar
from danang.portal.dossier.install import ensure_dossier_root
from danang.portal.security.install import uninstall as uninstall_security
from danang.portal.vneid.install import uninstall as uninstall_vneid
from danang.portal.workflow.groups import ensure_all_agency_groups
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer

import importlib

HOME_VIEW = "danang-home"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["danang.portal:uninstall"]


def post_install(context):
    portal = api.portal.get()
    ensure_folders(portal)
    portal.setLayout(HOME_VIEW)
    set_site_logo()
    install_search_page(portal["thu-tuc"])
    # Dossiers: their container (ho-so) and the holiday calendar from deadlines/holidays.json.
    ensure_dossier_root(portal)
    initialise_calendar()
    # Officials' groups of agencies already there (new agencies get theirs when added).
    ensure_all_agency_groups(portal)
    install_areas(portal)


# Each area's idempotent set-up (its data, groups, counters), run at install and by the upgrade
# to 1001. After ensure_dossier_root: e-receipt counters live in the dossier container.
AREA_INSTALLERS = (
    "danang.portal.payment.install",
    "danang.portal.ereceipt.install",
    "danang.portal.agents.install",
    "danang.portal.satisfaction.install",
    "danang.portal.statistics.install",
    "danang.portal.security.install",
    "danang.portal.footer.pages",
    "danang.portal.accounts.group_titles",
    "danang.portal.vneid.install",
    "danang.portal.national.install",
)


def install_areas(portal):
    for dotted in AREA_INSTALLERS:
        importlib.import_module(dotted).install(portal)


def uninstall(context):
    portal = api.portal.get()
    if "thu-tuc" in portal.objectIds():
        uninstall_search_page(portal["thu-tuc"])
    if portal.getLayout() == HOME_VIEW:
        portal.setLayout(portal.getTypeInfo().default_view)
    remove_site_logo()
    uninstall_security(portal)
    uninstall_vneid(portal)

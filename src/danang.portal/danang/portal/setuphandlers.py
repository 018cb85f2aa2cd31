"""Install and uninstall steps that GenericSetup's XML cannot express: the catalogue's folders."""

from danang.portal import _
from danang.portal.branding import remove_site_logo
from danang.portal.branding import set_site_logo
from danang.portal.browser.search import install_search_page
from danang.portal.browser.search import uninstall_search_page
from danang.portal.deadlines.install import initialise_calendar
from danang.portal.dossier.storage import ensure_dossier_root
from danang.portal.security.install import uninstall as uninstall_security
from danang.portal.workflow.groups import ensure_all_agency_groups
from plone import api
from plone.base.interfaces import INonInstallable
from Products.CMFPlone.interfaces.constrains import ENABLED
from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes
from zope.i18n import translate
from zope.interface import implementer

import importlib

HOME_VIEW = "danang-home"

# id, title, description, the one type it holds
FOLDERS = (
    (
        "thu-tuc",
        _("folder_services_title", default="Thủ tục hành chính"),
        _(
            "folder_services_description",
            default="Danh mục thủ tục hành chính, dịch vụ công trực tuyến của thành phố Đà Nẵng.",
        ),
        "Service",
    ),
    (
        "co-quan",
        _("folder_agencies_title", default="Cơ quan thực hiện"),
        _(
            "folder_agencies_description",
            default="Các sở, ban, ngành, UBND quận, huyện và phường, xã tiếp nhận hồ sơ.",
        ),
        "Agency",
    ),
    (
        "linh-vuc",
        _("folder_sectors_title", default="Lĩnh vực"),
        _("folder_sectors_description", default="Các lĩnh vực quản lý nhà nước."),
        "Sector",
    ),
)


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["danang.portal:uninstall"]


def _in_site_language(message):
    return translate(message, target_language=api.portal.get_default_language() or "vi")


def ensure_folders(portal):
    """Create the catalogue's folders, each admitting only its own type; keep existing ones."""
    for folder_id, title, description, portal_type in FOLDERS:
        folder = portal.get(folder_id)
        if folder is None:
            folder = api.content.create(
                container=portal,
                type="CatalogueFolder",
                id=folder_id,
                title=_in_site_language(title),
                description=_in_site_language(description),
            )
        constraints = ISelectableConstrainTypes(folder)
        constraints.setConstrainTypesMode(ENABLED)
        constraints.setLocallyAllowedTypes([portal_type])
        constraints.setImmediatelyAddableTypes([portal_type])
        if api.content.get_state(folder) != "published":
            api.content.transition(obj=folder, to_state="published")
    return [portal[folder_id] for folder_id, *_rest in FOLDERS]


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

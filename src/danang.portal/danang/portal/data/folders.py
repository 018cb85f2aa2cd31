"""The catalogue's three folders (services, agencies, sectors), each admitting only its own type.

Created at install (setuphandlers.py) and again by the loader (loader.py), which writes the data
files into them. Only type names are used here, so the data layer does not depend on the content
types' code.
"""

from danang.portal import _
from plone import api
from Products.CMFPlone.interfaces.constrains import ENABLED
from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes
from zope.i18n import translate

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

"""Where dossiers are stored: ``<site>/ho-so/<year>/<month>/<dossier code>``.

Built for millions of dossiers: every level is an unordered BTree folder (content.DossierFolder),
a month holds at most a few tens of thousands of dossiers, and officials reach dossiers through
the catalog (worklists, look-up), never by listing folders. The folders are bound to
``dossier_folder_workflow``: only managers and site administrators see them; the dossiers'
own workflow decides who sees each dossier. Nothing here is in the navigation.
"""

from danang.portal import _
from danang.portal.deadlines.working_calendar import local
from plone import api
from plone.dexterity.utils import createContent
from zope.i18n import translate

ROOT_ID = "ho-so"
FOLDER_TYPE = "DossierFolder"


def _title(message):
    return translate(message, target_language=api.portal.get_default_language() or "vi")


def _add_folder(container, folder_id, title):
    """Add a DossierFolder whatever the current user may do (anonymous submissions shard too)."""
    folder = createContent(FOLDER_TYPE, title=title)
    folder.id = folder_id
    folder.exclude_from_nav = True
    # Neither the submitting citizen nor the official becomes creator or owner of a shard.
    folder.creators = ()
    folder.__ac_local_roles__ = {}
    container._setObject(folder_id, folder, set_owner=False)
    return container[folder_id]


def create_dossier_root(portal):
    """The dossier container, created empty when missing (see dossier/install.py for the rest)."""
    root = portal.get(ROOT_ID)
    if root is None:
        root = _add_folder(
            portal, ROOT_ID, _title(_("folder_dossiers_title", default="Hồ sơ"))
        )
        root.description = _title(
            _(
                "folder_dossiers_description",
                default="Hồ sơ thủ tục hành chính đã tiếp nhận. Không công khai.",
            )
        )
    return root


def dossier_root(portal=None):
    """The dossier container of the site."""
    portal = portal if portal is not None else api.portal.get()
    root = portal.get(ROOT_ID)
    if root is None:
        raise LookupError(f"the site has no dossier container {ROOT_ID!r}: install danang.portal")
    return root


def shard_for(received, root=None):
    """The month folder for a dossier received at ``received`` (created when missing)."""
    root = root if root is not None else dossier_root()
    moment = local(received)
    year_id, month_id = f"{moment:%Y}", f"{moment:%m}"
    year = root.get(year_id)
    if year is None:
        year = _add_folder(root, year_id, year_id)
    month = year.get(month_id)
    if month is None:
        month = _add_folder(year, month_id, f"{month_id}/{year_id}")
    return month

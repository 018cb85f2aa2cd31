"""Install step of the agents' register: the group holding the agent role, the partners' group
(``dossier-agents``), the folder ``dai-ly``.

Idempotent: run at site creation and by the upgrade step; an existing folder, group or profile
is kept, and every profile's account rights are brought back in line with its status.
"""

from danang.portal import _
from danang.portal import roles
from danang.portal import settings
from danang.portal.agents.directory import FOLDER_ID
from danang.portal.agents.directory import FOLDER_TYPE
from danang.portal.agents.directory import GROUP_ID
from danang.portal.agents.directory import PROFILE_TYPE
from danang.portal.agents.membership import sync
from danang.portal.agents.settings import ISubmissionSettings
from danang.portal.agents.settings import PREFIX
from plone import api
from plone.dexterity.utils import createContent
from zope.i18n import translate


def _text(message):
    return translate(message, target_language=api.portal.get_default_language() or "vi")


AGENTS_TITLE = _("group_agents_title", default="Đại lý dịch vụ công")
AGENTS_DESCRIPTION = _(
    "group_agents_description",
    default="Tài khoản của các đại lý dịch vụ công đang hoạt động; được quản lý tự "
    "động từ danh sách đại lý, không thêm thành viên bằng tay.",
)
PARTNERS_TITLE = _("group_partner_agents_title", default="Ứng dụng đối tác nộp hồ sơ thay")
PARTNERS_DESCRIPTION = _(
    "group_partner_agents_description",
    default="Tài khoản của ứng dụng đối tác (tổ chức chưa đăng ký đại lý) nộp hồ sơ "
    "thay người dân qua API; hồ sơ không thuộc về tài khoản này.",
)


def _new_group(name, title, description):
    """The group ``name``, made with the title and description in the site's language; None when
    it was there already."""
    if api.group.get(groupname=name) is not None:
        return None
    return api.group.create(groupname=name, title=_text(title), description=_text(description))


def ensure_group():
    """The group whose members are the active agents; it holds the role site-wide."""
    group = _new_group(GROUP_ID, AGENTS_TITLE, AGENTS_DESCRIPTION) or api.group.get(groupname=GROUP_ID)
    if roles.SERVICE_AGENT not in api.group.get_roles(group=group):
        api.group.grant_roles(group=group, roles=[roles.SERVICE_AGENT])
    return group


def ensure_partner_groups():
    """The groups of ``danang.portal.submission.agent_groups`` (``dossier-agents`` by default):
    partners' apps that submit on applicants' behalf without an agent's profile become their
    members (docs/api-dossiers.md). Empty when made; an administrator adds the apps' accounts.
    Returns the groups made."""
    made = (_new_group(name, PARTNERS_TITLE, PARTNERS_DESCRIPTION)
            for name in settings.read(ISubmissionSettings, PREFIX, "agent_groups") or ())
    return [group for group in made if group is not None]


def ensure_folder(portal):
    """The folder ``dai-ly`` (not addable through the web anywhere: AgentFolder is not globally
    allowed, so it is made here)."""
    folder = portal.get(FOLDER_ID)
    if folder is None:
        folder = createContent(
            FOLDER_TYPE,
            title=_text(_("folder_agents_title", default="Đại lý dịch vụ công")),
            description=_text(
                _(
                    "folder_agents_description",
                    default="Danh sách đại lý dịch vụ công trực tuyến được công nhận: đăng ký, tạm "
                    "đình chỉ và khôi phục hoạt động. Chỉ quản trị viên xem được.",
                )
            ),
        )
        folder.id = FOLDER_ID
        folder.exclude_from_nav = True
        # Whoever runs the install does not become its owner; its workflow decides who sees it.
        folder.creators = ()
        portal._setObject(FOLDER_ID, folder, set_owner=False)
        folder = portal[FOLDER_ID]
    return folder


def install(portal=None):
    """Create the agents' group and folder when missing; re-sync existing profiles' rights.

    (The upgrade from 1000 indexes existing dossiers for ``dossier_agent`` itself:
    upgrades/v1001.reindex_dossiers.)"""
    portal = portal if portal is not None else api.portal.get()
    ensure_group()
    ensure_partner_groups()
    folder = ensure_folder(portal)
    for profile in folder.objectValues():
        if getattr(profile, "portal_type", None) == PROFILE_TYPE:
            sync(profile)
    return folder

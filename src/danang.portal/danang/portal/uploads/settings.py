"""Registry settings of online submissions: which file types each service accepts, and how large.

Services are grouped by sector: a sector listed in ``sector_types`` (the construction-permit
sector accepts drawings) gets its own types and size limit, every other service the defaults.
Administrators change them in the registry (``danang.portal.uploads.*``) without a release.
"""

from danang.portal import _
from danang.portal import settings as registry_settings
from danang.portal.uploads.filetypes import KINDS
from zope import schema
from zope.interface import Interface

import logging

logger = logging.getLogger(__name__)

PREFIX = "danang.portal.uploads"
MEGABYTE = 1024 * 1024


class IUploadSettings(Interface):
    """Upload rules of the online submission forms."""

    default_types = schema.List(
        title=_("label_upload_default_types", default="Loại tệp được nhận (mặc định)"),
        description=_(
            "help_upload_types",
            default="Tên loại tệp: pdf, jpeg, png, dwg, dxf. Loại thật của tệp được kiểm tra theo "
            "nội dung, không theo tên tệp.",
        ),
        value_type=schema.TextLine(),
        default=["pdf", "jpeg", "png"],
        required=True,
    )
    default_max_size = schema.Int(
        title=_("label_upload_default_max_size", default="Dung lượng tối đa mỗi tệp (MB)"),
        default=10,
        min=1,
        required=True,
    )
    sector_types = schema.Dict(
        title=_("label_upload_sector_types", default="Loại tệp được nhận theo lĩnh vực"),
        description=_(
            "help_upload_sector_types",
            default="Mã lĩnh vực và danh sách loại tệp cách nhau bởi dấu cách, ví dụ "
            "hoat-dong-xay-dung: pdf dwg dxf jpeg png.",
        ),
        key_type=schema.TextLine(),
        value_type=schema.TextLine(),
        default={"hoat-dong-xay-dung": "pdf dwg dxf jpeg png"},
        required=False,
    )
    sector_max_size = schema.Dict(
        title=_("label_upload_sector_max_size", default="Dung lượng tối đa mỗi tệp theo lĩnh vực (MB)"),
        key_type=schema.TextLine(),
        value_type=schema.Int(),
        default={"hoat-dong-xay-dung": 50},
        required=False,
    )


def _known(kinds, origin):
    """Keep the kinds this module can recognise; a typo in the registry must not open the door."""
    known = []
    for kind in kinds:
        kind = kind.strip().lower().lstrip(".")
        kind = "jpeg" if kind == "jpg" else kind
        if kind in KINDS:
            if kind not in known:
                known.append(kind)
        elif kind:
            logger.warning("Ignoring unknown upload type %r in %s", kind, origin)
    return tuple(known)


def upload_rules(sector):
    """(accepted kinds, size limit in bytes) for services of this sector code.

    With the shipped settings, ``upload_rules("hoat-dong-xay-dung")`` is
    ``(("pdf", "dwg", "dxf", "jpeg", "png"), 52428800)``.
    """
    settings = registry_settings.read_all(IUploadSettings, PREFIX)
    sector_types = settings["sector_types"] or {}
    if sector and sector in sector_types:
        kinds = _known(sector_types[sector].replace(",", " ").split(), f"sector_types[{sector}]")
    else:
        kinds = _known(settings["default_types"] or [], "default_types")
    size = (settings["sector_max_size"] or {}).get(sector) or settings["default_max_size"]
    return kinds, int(size) * MEGABYTE

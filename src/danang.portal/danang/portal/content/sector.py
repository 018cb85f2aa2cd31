"""The Sector type: a field of administration (lĩnh vực) grouping procedures."""

from danang.portal import _
from danang.portal.content.codes import check_short_code
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class ISector(model.Schema):
    code = schema.TextLine(
        title=_("label_sector_code", default="Mã lĩnh vực"),
        description=_("help_sector_code", default="Mã ngắn, không dấu, ví dụ hoat-dong-xay-dung."),
        constraint=check_short_code,
        required=True,
    )


@implementer(ISector)
class Sector(Item):
    """A sector; its page lists the sector's procedures."""

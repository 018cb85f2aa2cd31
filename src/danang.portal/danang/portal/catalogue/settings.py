"""Search tuning that editors change through the web: the synonyms and the stop words.

Registry records (prefix ``danang.portal.search``), edited in Site Setup → "Tra cứu thủ tục: từ
đồng nghĩa, từ bỏ qua" (browser/search_tuning.py). Their defaults are the shipped lists
(``catalogue/words/``); a site whose records are not installed yet uses those.
"""

from danang.portal import _
from danang.portal.catalogue import stopwords
from danang.portal.catalogue import synonyms
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import queryUtility
from zope.interface import Interface
from zope.interface import Invalid

PREFIX = "danang.portal.search"


def _check_synonyms(lines):
    try:
        synonyms.check_rules(lines)
    except synonyms.InvalidRule as error:
        raise Invalid(error.message) from None
    return True


class ISearchSettings(Interface):
    synonyms = schema.List(
        title=_("label_search_synonyms", default="Từ đồng nghĩa"),
        description=_(
            "help_search_synonyms",
            default="Mỗi dòng một quy tắc: “cách người dân gọi => tên chính thức” (ví dụ: sổ đỏ => "
            "giấy chứng nhận quyền sử dụng đất) hoặc các từ tương đương cách nhau bởi dấu phẩy "
            "(công chứng, chứng thực). Sau dấu # ghi nguồn hoặc ghi chú.",
        ),
        value_type=schema.TextLine(),
        default=list(synonyms.shipped_lines()),
        required=False,
        constraint=_check_synonyms,
    )
    stop_words = schema.List(
        title=_("label_search_stop_words", default="Từ bỏ qua"),
        description=_(
            "help_search_stop_words",
            default="Mỗi dòng một từ hoặc cụm từ không mang nghĩa trong câu hỏi (làm, xin, cho, ở đâu…): "
            "thủ tục không cần chứa các từ này.",
        ),
        value_type=schema.TextLine(),
        default=list(stopwords.shipped_lines()),
        required=False,
    )


def _record(name, shipped):
    registry = queryUtility(IRegistry)
    value = registry.get(f"{PREFIX}.{name}") if registry is not None else None
    return tuple(value) if value is not None else shipped()


def current_synonyms():
    return synonyms.dictionary(_record("synonyms", synonyms.shipped_lines))


def current_stop_words():
    return stopwords.stop_words(_record("stop_words", stopwords.shipped_lines))

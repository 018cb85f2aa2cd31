"""Online levels are named as Decree 42/2022 does first, the old level in brackets (docs/units.md)."""

from danang.portal.labels import LabelsView
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


def test_titles_name_the_mode_first(portal):
    levels = getUtility(IVocabularyFactory, "danang.portal.OnlineLevels")(portal)
    assert [translate(term.title, target_language="vi") for term in levels] == [
        "Một phần (mức 2)",
        "Một phần (mức 3)",
        "Toàn trình (mức 4)",
    ]
    assert [translate(term.title, target_language="en") for term in levels] == [
        "Partly online (level 2)",
        "Partly online (level 3)",
        "Fully online (level 4)",
    ]
    view = LabelsView(portal, portal.REQUEST)
    assert view.online_label(4, "full") == "Toàn trình (mức 4)"
    assert view.online_label(None, None) is None

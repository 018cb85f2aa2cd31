"""Stored values as text for the reader: vocabulary titles, durations, money, online levels.

Every public view of the catalogue inherits `LabelsView`, so templates and the shared macros
(templates/macros.pt) format values the same way in Vietnamese and in English.
"""

from danang.portal import _
from danang.portal import money
from Products.Five.browser import BrowserView
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


def term_title(vocabulary_name, value, context):
    """Title of a vocabulary value, or the raw value when the term is gone (e.g. a deleted sector)."""
    if value in (None, ""):
        return None
    vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(context)
    try:
        return vocabulary.getTerm(value).title
    except LookupError:
        return value


class LabelsView(BrowserView):
    """Base of the public views: formatting helpers shared by their templates."""

    def tr(self, message):
        return translate(message, context=self.request) if message is not None else None

    def language(self):
        return self.request.get("LANGUAGE") or "vi"

    def term(self, vocabulary_name, value):
        return self.tr(term_title(vocabulary_name, value, self.context))

    def terms(self, vocabulary_name, values):
        return [self.term(vocabulary_name, value) for value in values or []]

    def joined_terms(self, vocabulary_name, values):
        return ", ".join(title for title in self.terms(vocabulary_name, values) if title)

    def format_number(self, number):
        """1234567.5 -> '1.234.567,5' in Vietnamese, '1,234,567.5' in English."""
        return money.grouped(number, self.language())

    def format_vnd(self, amount):
        return self.tr(
            _("amount_vnd", default="${amount} đồng", mapping={"amount": self.format_number(amount)})
        )

    def format_duration(self, number, unit):
        """'15 ngày làm việc'; a zero limit means the result is given on the spot."""
        if not number:
            return self.tr(_("duration_immediate", default="Giải quyết ngay khi nhận đủ hồ sơ"))
        return f"{self.format_number(number)} {self.term('danang.portal.TimeUnits', unit) or ''}".strip()

    def online_label(self, level, mode=None):
        """'Một phần (mức 3)': the Decree 42/2022 name first, the 2018 level in brackets (the
        level's title says both; ``mode`` follows from the level, vocabularies/fixed.py)."""
        if not level:
            return None
        return self.term("danang.portal.OnlineLevels", level)

    def brain_online_label(self, brain):
        return self.online_label(getattr(brain, "online_level", None), getattr(brain, "online_mode", None))

    def is_online(self, level):
        """Level 3 and 4 accept dossiers online."""
        try:
            return int(level or 0) >= 3
        except (TypeError, ValueError):
            return False

"""The three satisfaction levels of a dossier (docs/domain/statuses.md, "Satisfaction") and their vocabulary.

Ids are stable English tokens: stored on the dossier, indexed, sent in ``DossierRated`` and in
the REST API. Titles are the official Vietnamese wording.
"""

from danang.portal import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

# Best first: the order of the form's radio buttons and of the statistics columns.
LEVELS = (
    ("very_satisfied", _("satisfaction_very_satisfied", default="Rất hài lòng")),
    ("satisfied", _("satisfaction_satisfied", default="Hài lòng")),
    ("dissatisfied", _("satisfaction_dissatisfied", default="Không hài lòng")),
)
LEVEL_IDS = tuple(level for level, _title in LEVELS)
TITLES = dict(LEVELS)
# The levels counted as "satisfied" in the share reported per unit and period.
SATISFIED_LEVELS = frozenset({"very_satisfied", "satisfied"})

SATISFACTION_LEVELS = SimpleVocabulary([SimpleTerm(level, level, title) for level, title in LEVELS])


@provider(IVocabularyFactory)
def SatisfactionLevelsFactory(context):
    return SATISFACTION_LEVELS


def level_title(level):
    """The (translatable) title of a level id, or None for an unknown id."""
    return TITLES.get(level)

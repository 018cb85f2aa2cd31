"""The one-stop desks an applicant may submit at or collect the result from (Decree 118/2025:
docs/reorganisation.md): every standing agency of the city; a dissolved one is kept for its
history only."""

from danang.portal.catalogue.performers import STANDING
from danang.portal.vocabularies.catalogue import cached_terms
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleVocabulary


@provider(IVocabularyFactory)
def DesksFactory(context=None):
    return SimpleVocabulary(cached_terms("Agency", object_provides=STANDING))

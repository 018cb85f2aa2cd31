"""The service catalogue's search: indexers, Vietnamese text folding, the faceted query engine."""

# Registers the danang_lexicon pipeline elements before any profile builds the lexicon.
from danang.portal.catalogue import text  # noqa: F401

"""The facets of the service search: which catalog index each one reads, its values and titles.

A facet's request parameter, its key in the REST ``facets`` object and its name here are the same
word. Allowed values are the tokens of the facet's vocabulary, so "unknown value" has one meaning
for the page and the API.
"""

from BTrees.IIBTree import IISet
from BTrees.IIBTree import intersection
from BTrees.IIBTree import multiunion
from collections import Counter
from danang.portal import _
from danang.portal import units
from danang.portal.catalogue.internals import forward_index
from danang.portal.catalogue.internals import reverse_index
from dataclasses import dataclass
from functools import cache
from itertools import chain
from itertools import repeat
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

# The fee facet reads the fee_kind index ("free" / "paid"), which has no registered vocabulary.
FEE_KINDS = SimpleVocabulary(
    [
        SimpleTerm("free", "free", _("fee_free", default="Miễn phí")),
        SimpleTerm("paid", "paid", _("fee_paid", default="Có phí, lệ phí")),
    ]
)


@dataclass(frozen=True)
class Facet:
    name: str
    index: str
    label: object  # a message, or a function answering the message of the site's day
    vocabulary: object  # a registered vocabulary name, or a vocabulary
    # Long lists read best most-frequent first; short fixed lists keep their natural order and
    # show values without matches, so the filter does not jump around while one refines.
    by_count: bool = False
    show_empty: bool = False
    # Fixed by law or data file (not catalogue content): built once per process.
    static: bool = False

    @property
    def title(self):
        return self.label() if callable(self.label) else self.label

    def terms(self, context=None):
        if not isinstance(self.vocabulary, str):
            return self.vocabulary
        if self.static:
            return _static_vocabulary(self.vocabulary)
        return getUtility(IVocabularyFactory, self.vocabulary)(context)


def _unit_label():
    """Two-level government (docs/units.md) has no districts and adds the special zone."""
    if units.units_at(units.as_of(), level="district"):
        return _("label_search_unit", default="Nơi thực hiện (quận, huyện, phường, xã)")
    return _("label_search_unit_two_level", default="Nơi thực hiện (phường, xã, đặc khu)")


@cache
def _static_vocabulary(name):
    return getUtility(IVocabularyFactory, name)(None)


FACETS = (
    Facet(
        "sector", "sector", _("label_sector", default="Lĩnh vực"), "danang.portal.Sectors", by_count=True
    ),
    Facet(
        "agency",
        "agency",
        _("label_agency", default="Cơ quan thực hiện"),
        "danang.portal.Agencies",
        by_count=True,
    ),
    Facet(
        "level",
        "levels",
        _("label_levels", default="Cấp thực hiện"),
        "danang.portal.ImplementingLevels",
        show_empty=True,
        static=True,
    ),
    Facet(
        "unit",
        "units",
        _unit_label,
        "danang.portal.Units",  # the units of the site's day (docs/units.md): not built once
    ),
    Facet(
        "online_level",
        "online_level",
        _("label_online_level", default="Mức độ dịch vụ công trực tuyến"),
        "danang.portal.OnlineLevels",
        show_empty=True,
        static=True,
    ),
    Facet(
        "online_mode",
        "online_mode",
        _("label_online_mode", default="Hình thức trực tuyến"),
        "danang.portal.OnlineModes",
        show_empty=True,
        static=True,
    ),
    Facet(
        "audience",
        "audiences",
        _("label_audiences", default="Đối tượng thực hiện"),
        "danang.portal.Audiences",
        show_empty=True,
        static=True,
    ),
    Facet("fee", "fee_kind", _("label_fee_kind", default="Phí, lệ phí"), FEE_KINDS, show_empty=True),
)

FACETS_BY_NAME = {facet.name: facet for facet in FACETS}


def _as_set(entry):
    # UnIndex keeps a lone document as a bare int rather than a one-element set.
    if isinstance(entry, int):
        return IISet((entry,))
    return entry


def documents_with(index, values):
    """Document ids having any of these values in a Field or Keyword index (OR within a facet)."""
    tree = forward_index(index)
    entries = [tree.get(value) for value in values]
    return multiunion([_as_set(entry) for entry in entries if entry is not None])


def documents_up_to(index, maximum):
    """Document ids whose value in a Field index is at most ``maximum`` (0 included).

    ZCatalog's own range query treats an upper bound of 0 as no bound at all.
    """
    return multiunion([_as_set(entry) for entry in forward_index(index).values(None, maximum)])


def _average_values(index, docids, sample=32):
    # Keyword indexes hold several values per document (a ward-level service: 56 units).
    if index.meta_type != "KeywordIndex":
        return 1.0
    get = reverse_index(index).get
    picked = [len(get(docid, ())) for docid, _ in zip(docids, range(sample))]
    return (sum(picked) / len(picked)) if picked else 1.0


def _count_by_value(index, values, docids):
    # One C-level intersection per value: cost ~ the value's posting list + len(docids).
    tree = forward_index(index)
    counts = {}
    for value in values:
        entry = tree.get(value)
        if entry is None:
            counts[value] = 0
        elif isinstance(entry, int):
            counts[value] = 1 if docids.has_key(entry) else 0
        else:
            counts[value] = len(intersection(docids, entry))
    return counts


def _count_by_document(index, values, docids):
    # One reverse-index lookup per document: cost ~ len(docids) x values per document.
    get = reverse_index(index).get
    if index.meta_type == "KeywordIndex":
        found = Counter(chain.from_iterable(map(get, docids, repeat(()))))
    else:
        found = Counter(map(get, docids, repeat(None)))
    return {value: found.get(value, 0) for value in values}


def count_values(index, values, docids, universe_size):
    """How many of ``docids`` have each value, from the index's own BTrees (no object loaded).

    Two ways to count, whichever is cheaper here: intersect ``docids`` with each value's document
    set (good for large result sets), or read each document's values from the reverse index
    (good for small ones). ``universe_size`` (documents the search could return) sizes the first.
    """
    size = len(docids)
    if not size:
        return dict.fromkeys(values, 0)
    average = _average_values(index, docids)
    by_value = universe_size * average + len(values) * size
    # A Counter step costs about ten set-merge steps; a document lookup about twenty.
    by_document = size * (10 * average + 20)
    if by_document < by_value:
        return _count_by_document(index, values, docids)
    return _count_by_value(index, values, docids)

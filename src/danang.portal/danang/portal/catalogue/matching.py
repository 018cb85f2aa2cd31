"""Text matching on a ZCTextIndex's own structures: sets first, scores only for what is shown.

ZCTextIndex's query path scores every document containing each word (a Python loop over the
word's whole posting list) before anything is filtered. For a faceted search that is the wrong
order: which documents match is a matter of C-level set intersections of the posting lists, and
BM25 scores are needed only for the documents that survive the filters, and only to sort them.

The index's data (postings, word sequences for phrases, document lengths) is read through
catalogue.internals.TextIndexData, so indexing is still ZCTextIndex's business.
"""

from BTrees.IIBTree import IISet
from BTrees.IIBTree import intersection
from BTrees.IIBTree import multiunion
from danang.portal.catalogue.internals import TextIndexData
from Products.ZCTextIndex import WidCode
from Products.ZCTextIndex.BaseIndex import inverse_doc_frequency


def _keys(postings):
    # Short posting lists are plain dicts, long ones IIBTrees.
    if postings is None:
        return IISet()
    if isinstance(postings, dict):
        return IISet(postings.keys())
    return postings


class TextMatcher:
    """Matches parsed terms (catalogue.text.Term) and clauses against one ZCTextIndex."""

    def __init__(self, zctextindex, cache=None):
        self.data = TextIndexData(zctextindex)
        self.lexicon = self.data.lexicon
        self.name = zctextindex.getId()
        # Documents of single terms over the whole index, for as long as the catalogue is
        # unchanged (the engine's per-change cache): words and synonym phrases recur in queries.
        self.cache = cache if cache is not None else {}

    def word_ids(self, term):
        """Ids of the term's words; for a prefix, of every word it starts. 0 means unknown word."""
        if term.prefix:
            return self.lexicon.globToWordIds(term.words[0] + "*")
        return [self.lexicon.get_wid(word) for word in term.words]

    def _documents_with_words(self, term):
        wids = self.word_ids(term)
        if term.prefix:
            return multiunion([_keys(self.data.postings(wid)) for wid in wids])
        if not wids or 0 in wids:
            return IISet()
        # A lexicon outlives its words: it keeps a word id after the last document holding it
        # is reindexed, and one lexicon serves several indexes. A word the lexicon knows but
        # this index does not hold matches no document.
        postings = [self.data.postings(wid) for wid in set(wids)]
        if any(not posting for posting in postings):
            return IISet()
        result = None
        for posting in sorted(postings, key=len):
            result = _keys(posting) if result is None else intersection(result, _keys(posting))
            if not result:
                return IISet()
        return result

    def phrase_code(self, term):
        """The encoded word sequence to look for, or None when any order will do."""
        if not term.phrase:
            return None
        return WidCode.encode(self.word_ids(term))

    def has_sequence(self, docid, code):
        docwords = self.data.document_words(docid)
        return docwords is not None and docwords.find(code) >= 0

    def documents(self, terms, within=None):
        """Ids of documents matching every term (phrases word for word), optionally within a set."""
        result = within
        for term in sorted(terms, key=lambda term: term.phrase):
            found = self._documents_with_words(term)
            result = found if result is None else intersection(result, found)
            if not result:
                return IISet()
        phrases = [code for code in map(self.phrase_code, terms) if code]
        if phrases:
            result = IISet(
                [docid for docid in result if all(self.has_sequence(docid, code) for code in phrases)]
            )
        return result if result is not None else IISet()

    def term_documents(self, term):
        """Ids of every document matching one term, computed once per catalogue change."""
        key = ("term", self.name, term.words, term.phrase, term.prefix)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self.documents([term])
        return found

    def clause_documents(self, clause, within=None):
        """Ids of documents matching any alternative of a clause (catalogue.interpretation)."""
        found = [self.term_documents(term) for term in clause.alternatives]
        found = found[0] if len(found) == 1 else multiunion(found)
        return found if within is None else intersection(found, within)

    def scores(self, terms, docids):
        """Okapi BM25 of each document for the terms' words, like OkapiIndex, for ``docids`` only."""
        data = self.data
        count = float(data.document_count()) or 1.0
        mean_length = (data.total_length() / count) or 1.0
        k1, b = data.k1, data.b
        scores = dict.fromkeys(docids, 0.0)
        if not scores:
            return scores
        wanted = docids if isinstance(docids, IISet) else IISet(scores)
        wids = {wid for term in terms for wid in self.word_ids(term)}
        for wid in wids:
            postings = data.postings(wid)
            if not postings:
                continue
            idf = inverse_doc_frequency(len(postings), count)
            # Only the documents holding the word: a C-level intersection, then a short loop.
            for docid in intersection(_keys(postings), wanted):
                frequency = postings[docid]
                weight = (1.0 - b) + b * data.length(docid) / mean_length
                scores[docid] += idf * frequency * (k1 + 1.0) / (frequency + k1 * weight)
        return scores

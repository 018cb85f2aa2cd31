"""Text matching on a ZCTextIndex's own structures: sets first, scores only for what is shown.

ZCTextIndex's query path scores every document containing each word (a Python loop over the
word's whole posting list) before anything is filtered. For a faceted search that is the wrong
order: which documents match is a matter of C-level set intersections of the posting lists, and
BM25 scores are needed only for the documents that survive the filters, and only to sort them.

This reads the OkapiIndex data (``_wordinfo``: word id -> {docid: frequency}; ``_docwords``: the
WidCode-encoded word sequence of each document, used for phrases; ``_docweight``: document
lengths) with the index's lexicon, so indexing is still ZCTextIndex's business.
"""

from BTrees.IIBTree import IISet
from BTrees.IIBTree import intersection
from BTrees.IIBTree import multiunion
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
    """Matches parsed terms (catalogue.text.Term) against one ZCTextIndex."""

    def __init__(self, zctextindex):
        self.okapi = zctextindex.index
        self.lexicon = zctextindex.getLexicon()

    def word_ids(self, term):
        """Ids of the term's words; for a prefix, of every word it starts. 0 means unknown word."""
        if term.prefix:
            return self.lexicon.globToWordIds(term.words[0] + "*")
        return [self.lexicon.get_wid(word) for word in term.words]

    def _documents_with_words(self, term):
        wids = self.word_ids(term)
        if term.prefix:
            return multiunion([_keys(self.okapi._wordinfo.get(wid)) for wid in wids])
        if not wids or 0 in wids:
            return IISet()
        # A lexicon outlives its words: it keeps a word id after the last document holding it
        # is reindexed, and one lexicon serves several indexes. A word the lexicon knows but
        # this index does not hold matches no document.
        postings = [self.okapi._wordinfo.get(wid) for wid in set(wids)]
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
        docwords = self.okapi._docwords.get(docid)
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

    def scores(self, terms, docids):
        """Okapi BM25 of each document for the terms' words, like OkapiIndex, for ``docids`` only."""
        okapi = self.okapi
        count = float(okapi.document_count()) or 1.0
        total_length = okapi._totaldoclen
        total_length = total_length() if callable(total_length) else total_length
        mean_length = (total_length / count) or 1.0
        k1, b = okapi.K1, okapi.B
        lengths = okapi._docweight
        scores = dict.fromkeys(docids, 0.0)
        for term in terms:
            for wid in set(self.word_ids(term)):
                postings = okapi._wordinfo.get(wid)
                if not postings:
                    continue
                idf = inverse_doc_frequency(len(postings), count)
                for docid in scores:
                    frequency = postings.get(docid)
                    if frequency:
                        weight = (1.0 - b) + b * lengths[docid] / mean_length
                        scores[docid] += idf * frequency * (k1 + 1.0) / (frequency + k1 * weight)
        return scores

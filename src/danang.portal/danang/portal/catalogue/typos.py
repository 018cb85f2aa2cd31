"""Typing mistakes: one letter wrong, missing, extra or swapped in a long word; suggestions.

Corrections come from the words the text index holds, never from a fixed list: a word the index
does not hold, of at least ``MIN_LENGTH`` letters (folded), is replaced by the indexed words one
edit away (Damerau-Levenshtein distance 1; for words under ``FULL_EDITS_LENGTH`` letters only a
doubled letter typed once too often or two swapped letters), most frequent first. The candidates are generated
and looked up in the lexicon (a few hundred BTree lookups per word), so the cost does not grow
with the catalogue. When a search finds nothing, ``suggest`` proposes the closest indexed words
(up to two edits) for the unknown words, read from a per-catalogue-change table of the index's
words by first letter.
"""

from difflib import get_close_matches

import string

MIN_LENGTH = 3
# Below this length only a doubled letter ("tôô") or two swapped letters are corrected: a short
# word has too many one-letter neighbours ("báo" is one letter from "bo") for other guesses.
FULL_EDITS_LENGTH = 4
MAX_CORRECTIONS = 3
SUGGEST_MIN_LENGTH = 3
_LETTERS = string.ascii_lowercase + string.digits


def edits(word, full=True):
    """Every string one deletion, transposition, substitution or insertion away from ``word``
    (only deletions and transpositions unless ``full``)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [left + right[1:] for left, right in splits if right]
    transposes = [left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1]
    if not full:
        # A doubled letter typed once too often ("tôô"), or two letters swapped.
        doubled = [left + right[1:] for left, right in splits if len(right) > 1 and right[0] == right[1]]
        return set(doubled + transposes) - {word}
    replaces = [left + char + right[1:] for left, right in splits if right for char in _LETTERS]
    inserts = [left + char + right for left, right in splits for char in _LETTERS]
    return set(deletes + transposes + replaces + inserts) - {word}


def known(data, word):
    """Whether any document of the index holds the word."""
    wid = data.lexicon.get_wid(word)
    return bool(wid) and data.has_word(wid)


def frequency(data, word):
    """How many documents of the index hold the word (0: unknown, or known to the lexicon only)."""
    wid = data.lexicon.get_wid(word)
    postings = data.postings(wid) if wid else None
    return len(postings) if postings else 0


def corrections(data, word):
    """Indexed words one edit away from an unindexed long word, most frequent first."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return []
    found = [(frequency(data, candidate), candidate) for candidate in edits(word, len(word) >= FULL_EDITS_LENGTH)]
    found = [(count, candidate) for count, candidate in found if count]
    found.sort(key=lambda item: (-item[0], item[1]))
    return [candidate for _, candidate in found[:MAX_CORRECTIONS]]


def words_by_initial(data, cache):
    """{first letter: indexed words}, built once per catalogue change (``cache`` is the engine's)."""
    key = ("words_by_initial", id(data.okapi))
    if key not in cache:
        table = {}
        for word in data.words():
            if word and word.isalpha() and frequency(data, word):
                table.setdefault(word[0], []).append(word)
        cache[key] = table
    return cache[key]


def closest(data, word, cache):
    """The indexed word closest to ``word`` (up to about two edits), or None."""
    if len(word) < SUGGEST_MIN_LENGTH:
        return None
    # Words with the same first letter and about the same length: a wrong first letter is rare.
    candidates = [
        candidate
        for candidate in words_by_initial(data, cache).get(word[0], ())
        if abs(len(candidate) - len(word)) <= 2
    ]
    found = get_close_matches(word, candidates, n=1, cutoff=0.7)
    return found[0] if found else None

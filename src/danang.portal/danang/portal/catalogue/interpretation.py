"""What a query means: the clauses a procedure must match, after synonyms, stop words and typos.

A clause is one thing the visitor asked for, with the alternatives that satisfy it: a word, a
phrase, a prefix, or a synonym group ("sổ đỏ" or "giấy chứng nhận quyền sử dụng đất"), or the
indexed words one typo away from an unknown word. Stop words make no clause. Quoted phrases,
prefixes and codes are taken as typed. See docs/search.md.
"""

from danang.portal.catalogue import typos
from danang.portal.catalogue.text import Term
from dataclasses import dataclass


@dataclass(frozen=True)
class Clause:
    alternatives: tuple  # Terms; a document satisfies the clause when it matches any of them
    typed: str = ""

    @property
    def terms(self):
        return self.alternatives


@dataclass(frozen=True)
class Interpretation:
    clauses: tuple
    ignored: tuple = ()  # stop words typed, not required
    # (what was typed, what is searched instead): synonyms and typo corrections, in query order
    replacements: tuple = ()
    shown: str = ""  # the query as understood, when it differs from what was typed

    @property
    def terms(self):
        """Every term of every alternative (for scores)."""
        return tuple(term for clause in self.clauses for term in clause.alternatives)


def _plain(term):
    return term.words[0] if not term.phrase and not term.prefix and len(term.words) == 1 else None


def _runs(terms):
    """Index lists of consecutive plain words (synonyms and stop phrases never cross a phrase)."""
    runs, run = [], []
    for index, term in enumerate(terms):
        if _plain(term) is not None:
            run.append(index)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _term(words):
    return Term(tuple(words), phrase=len(words) > 1)


def interpret(terms, data, synonyms, stop_words):
    """The Interpretation of parsed terms against one text index (catalogue.internals.TextIndexData)."""
    terms = list(terms)
    synonym_at = {}
    stopped = set()
    for run in _runs(terms):
        folded = [_plain(terms[index]) for index in run]
        covered = set()
        for start, end, alternatives in synonyms.spans(folded):
            synonym_at[run[start]] = (run[end - 1], alternatives)
            covered.update(run[start:end])
        stopped.update(run[position] for position in stop_words.positions(folded) if run[position] not in covered)
    if len(stopped) == len(terms):
        stopped = set()  # a query of stop words only ("xin") means those words

    clauses, ignored, replacements, shown = [], [], [], []
    index = 0
    while index < len(terms):
        term = terms[index]
        if index in synonym_at:
            end, alternatives = synonym_at[index]
            typed_words = [terms[position].words[0] for position in range(index, end + 1)]
            typed = " ".join(terms[position].typed or terms[position].text for position in range(index, end + 1))
            clauses.append(
                Clause((_term(typed_words),) + tuple(_term(alternative.words) for alternative in alternatives), typed)
            )
            replacements.append((typed, alternatives[0].text))
            shown.append(alternatives[0].text)
            index = end + 1
            continue
        typed = term.typed or term.text
        word = _plain(term)
        if index in stopped:
            ignored.append(typed)
            shown.append(typed)
        elif word is not None and not typos.known(data, word):
            corrected = typos.corrections(data, word)
            if corrected:
                clauses.append(Clause(tuple(_term([candidate]) for candidate in corrected), typed))
                replacements.append((typed, corrected[0]))
                shown.append(corrected[0])
            else:
                clauses.append(Clause((term,), typed))
                shown.append(typed)
        else:
            clauses.append(Clause((term,), typed))
            shown.append(typed)
        index += 1
    return Interpretation(
        clauses=tuple(clauses),
        ignored=tuple(ignored),
        replacements=tuple(replacements),
        shown=" ".join(shown) if replacements else "",
    )


def suggestion(interpretation, data, cache):
    """A query to try when nothing is found: unknown words replaced by the closest indexed ones."""
    changed = False
    words = []
    for clause in interpretation.clauses:
        term = clause.alternatives[0]
        if len(clause.alternatives) == 1 and not term.prefix and not term.phrase and not typos.known(data, term.words[0]):
            close = typos.closest(data, term.words[0], cache)
            if close:
                words.append(close)
                changed = True
                continue
        words.append(clause.typed or term.text)
    return " ".join(words) if changed else None

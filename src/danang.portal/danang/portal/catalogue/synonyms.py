"""The synonym dictionary: citizens' everyday names for the official ones, applied at query time.

One rule per line, in the format of Solr's and Elasticsearch's synonym files, which search
editors may already know:

* ``sổ đỏ, sổ hồng => giấy chứng nhận quyền sử dụng đất``: one way; the words on the left also
  find the official words on the right (several are separated by commas);
* ``công chứng, chứng thực``: equivalent; each finds the others;
* ``# ...`` after a rule or on its own line: the source or a note, for the reviewer.

Words are compared folded (catalogue.text.fold), so a rule written with diacritics also applies
to a query typed without. The shipped starting set is ``words/synonyms.txt``; editors change the
registry record (catalogue.settings).
"""

from danang.portal import _
from danang.portal.catalogue.text import find_phrases
from danang.portal.catalogue.text import words
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SHIPPED = Path(__file__).parent / "words" / "synonyms.txt"
_ONE_WAY = "=>"


class InvalidRule(ValueError):
    """A line that is not a rule; ``message`` says why, for the editor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Alternative:
    """Words a clause may match instead of what was typed: as written (shown) and folded."""

    text: str
    words: tuple


def _phrases(side, number):
    phrases = []
    for part in side.split(","):
        text = " ".join(part.split())
        if not text:
            continue
        found = tuple(words(text))
        if not found:
            raise InvalidRule(
                _(
                    "error_synonym_no_words",
                    default="Dòng ${number}: “${text}” không có chữ hoặc chữ số.",
                    mapping={"number": number, "text": text},
                )
            )
        phrases.append(Alternative(text, found))
    return phrases


def parse_rule(line, number=1):
    """(typed phrases, official phrases) of a line, or None for a comment or an empty line."""
    rule = line.split("#", 1)[0].strip()
    if not rule:
        return None
    if rule.count(_ONE_WAY) > 1:
        raise InvalidRule(
            _(
                "error_synonym_two_arrows",
                default="Dòng ${number}: chỉ được có một dấu “=>” (cách gọi => tên chính thức).",
                mapping={"number": number},
            )
        )
    if _ONE_WAY in rule:
        left, right = rule.split(_ONE_WAY)
        typed, official = _phrases(left, number), _phrases(right, number)
    else:
        typed = official = _phrases(rule, number)
    if not typed or not official or (typed == official and len(typed) < 2):
        raise InvalidRule(
            _(
                "error_synonym_one_side",
                default="Dòng ${number}: cần “cách gọi => tên chính thức” hoặc ít nhất hai từ tương đương cách nhau bởi dấu phẩy.",
                mapping={"number": number},
            )
        )
    return typed, official


def check_rules(lines):
    """Raise InvalidRule for the first line that is not a rule."""
    for number, line in enumerate(lines or (), 1):
        parse_rule(line, number)


class SynonymDictionary:
    """Folded word sequences -> the alternatives they also find (the official words first)."""

    def __init__(self, lines):
        self.rules = {}
        for number, line in enumerate(lines, 1):
            try:
                rule = parse_rule(line, number)
            except InvalidRule:
                continue  # the control panel refuses such lines; a bad stored one is skipped
            if rule is None:
                continue
            typed, official = rule
            for phrase in typed:
                known = self.rules.setdefault(phrase.words, [])
                for alternative in official:
                    if alternative.words != phrase.words and alternative not in known:
                        known.append(alternative)
        self.rules = {key: tuple(alternatives) for key, alternatives in self.rules.items() if alternatives}
        self.longest = max((len(key) for key in self.rules), default=0)

    def spans(self, folded_words):
        """(start, end, alternatives) of the rules found in a word sequence, longest first, left to right."""
        return [
            (start, end, self.rules[tuple(folded_words[start:end])])
            for start, end in find_phrases(folded_words, self.rules, self.longest)
        ]


@lru_cache(maxsize=8)
def dictionary(lines):
    """The dictionary of these lines (a tuple), built once per distinct set of lines."""
    return SynonymDictionary(lines)


def shipped_lines():
    return tuple(SHIPPED.read_text(encoding="utf-8").splitlines())

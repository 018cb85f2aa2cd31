"""Vietnamese text folding for search: one normal form for whatever a visitor types.

Vietnamese arrives precomposed (NFC) or decomposed (NFD), with or without diacritics, with the
tone mark on either vowel of a diphthong ("Hòa" / "Hoà"), and with "đ" typed as "d". Search
compares *folded* text: compatibility-decomposed, combining marks dropped, "đ" turned into "d",
case-folded. Both spellings of "Hòa" fold to "hoa". A syllable that is consonants then a final
"y" is written with "i" as well ("ký"/"kí", "lý"/"lí", "Mỹ"/"Mĩ", "kỹ"/"kĩ": both spellings are
in use, see docs/search.md): it folds to the "i" form. After a vowel "y" is another sound ("tay",
"thủy") and stays; "qu" is a consonant here ("quy định"/"qui định").

The module also registers two ZCTextIndex lexicon pipeline elements, so that catalog text indexes
(``danang_lexicon`` in the profile's catalog.xml) fold words exactly like the queries, and parses
what a visitor typed into search terms (words, "exact phrases", prefix*). Other areas (dossier
search) reuse ``fold`` and ``parse_terms``.
"""

from danang.portal import _
from dataclasses import dataclass
from dataclasses import field
from Products.ZCTextIndex.PipelineFactory import element_factory

import re
import unicodedata

# "đ" and "Đ" are letters of their own, not "d" plus a mark: decomposition leaves them alone.
_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_WORD = re.compile(r"\w+")
# Consonants only, then "y", as a whole word of the folded text ("ky", "ly", "my", "nghy"...).
# "qu" counts as a consonant, as in Vietnamese spelling ("quy định"/"qui định").
_CONSONANTS_Y = re.compile(r"\b((?:qu|[bcdghklmnpqrstvx])+)y\b")
_WORD_OR_GLOB = re.compile(r"\w+[\w*?]*")
# Typographic quotes from phones and word processors count as the ASCII double quote.
_QUOTES = str.maketrans(dict.fromkeys("“”„‟«»＂〝〞", '"'))
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"?|(\S+)')

MAX_QUERY_LENGTH = 200

SPLITTER_NAME = "Vietnamese splitter"
NORMALIZER_NAME = "Vietnamese folding normalizer"


def fold(text):
    """Lower-case text without diacritics, the same for NFC and NFD input.

    >>> fold("Giấy phép XÂY DỰNG") == fold("giay phep xay dung")
    True
    >>> fold("Hòa") == fold("Hoà") == "hoa"
    True
    >>> fold("Đăng ký") == fold("đăng kí") == "dang ki"
    True
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _CONSONANTS_Y.sub(r"\1i", stripped.translate(_LETTERS).casefold())


def words(text):
    """Folded words of a text, in order (what the text indexes store)."""
    return _WORD.findall(fold(text))


def find_phrases(folded_words, phrases, longest):
    """(start, end) of the phrases (folded word tuples, a set or mapping) found in a word
    sequence, left to right, the longest phrase first at each position, without overlaps."""
    position = 0
    while position < len(folded_words):
        for size in range(min(longest, len(folded_words) - position), 0, -1):
            if tuple(folded_words[position : position + size]) in phrases:
                yield position, position + size
                position += size
                break
        else:
            position += 1


class VietnameseSplitter:
    """Lexicon splitter: composes the text first, so NFD marks never cut a word in two."""

    def process(self, lst):
        result = []
        for text in lst:
            result += _WORD.findall(unicodedata.normalize("NFKC", text))
        return result

    def processGlob(self, lst):
        result = []
        for text in lst:
            result += _WORD_OR_GLOB.findall(unicodedata.normalize("NFKC", text))
        return result


class VietnameseNormalizer:
    """Lexicon normalizer: folds each word (keeps the glob characters * and ?)."""

    def process(self, lst):
        return [fold(word) for word in lst]


def _register(group, name, factory):
    # Registration is global and happens once per process; a second import must not fail.
    try:
        element_factory.registerFactory(group, name, factory)
    except ValueError:
        pass


_register("Word Splitter", SPLITTER_NAME, VietnameseSplitter)
_register("Case Normalizer", NORMALIZER_NAME, VietnameseNormalizer)


class InvalidText(ValueError):
    """The search text cannot be searched; ``message`` says why, for the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Term:
    """One search term: a word, a phrase (words that must follow each other) or a prefix."""

    words: tuple
    phrase: bool = False
    prefix: bool = False
    # What the visitor typed for it (shown back in "results for ..."); not part of equality.
    typed: str = field(default="", compare=False)

    @property
    def text(self):
        return " ".join(self.words)


def _check(text):
    if not isinstance(text, str):
        raise InvalidText(_("error_text_malformed", default="Từ khóa tìm kiếm chứa ký tự không hợp lệ."))
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidText(
            _(
                "error_text_too_long",
                default="Từ khóa tìm kiếm dài quá ${max} ký tự.",
                mapping={"max": MAX_QUERY_LENGTH},
            )
        )
    for char in text:
        category = unicodedata.category(char)
        # Control characters and lone surrogates (undecodable bytes) never come from a keyboard.
        if (category == "Cc" and char not in "\t\n\r") or category == "Cs":
            raise InvalidText(
                _("error_text_malformed", default="Từ khóa tìm kiếm chứa ký tự không hợp lệ.")
            )


def _term(chunk, quoted):
    if quoted:
        found = words(chunk)
        if not found:
            return None
        return Term(tuple(found), phrase=len(found) > 1, typed=f'"{chunk}"')
    # A trailing * asks for a prefix ("giay phe*"); a short prefix would match half the lexicon.
    prefix = chunk.endswith("*")
    found = words(chunk)
    if not found:
        return None
    if prefix and len(found) == 1 and len(found[0]) >= 2:
        return Term(tuple(found), prefix=True, typed=chunk)
    # "1.009130" or "xây-dựng": one typed word made of several indexed words.
    return Term(tuple(found), phrase=len(found) > 1, typed=chunk)


def parse_terms(text):
    """Terms of a visitor's search text, all of which a document must match.

    Words are folded; "double quotes" make an exact phrase (an unclosed quote runs to the end);
    a word made of several parts, such as a procedure code, is a phrase of its parts.

    >>> [term.text for term in parse_terms('Cấp "giấy phép xây dựng" 1.009130')]
    ['cap', 'giay phep xay dung', '1 009130']

    Raises InvalidText for control characters, over-long text, or text with no letter or digit.
    """
    if text is None:
        return []
    _check(text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip()
    if not text:
        return []
    terms = []
    for match in _PHRASE_OR_WORD.finditer(text):
        quoted, plain = match.group(1), match.group(2)
        term = _term(quoted, True) if quoted is not None else _term(plain, False)
        if term is not None and term not in terms:
            terms.append(term)
    if not terms:
        raise InvalidText(
            _("error_text_no_words", default="Từ khóa tìm kiếm phải có ít nhất một chữ hoặc chữ số.")
        )
    return terms

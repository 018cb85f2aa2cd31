"""Vietnamese folding and search-text parsing (catalogue/text.py), without a site."""

from danang.portal.catalogue.text import fold
from danang.portal.catalogue.text import InvalidText
from danang.portal.catalogue.text import MAX_QUERY_LENGTH
from danang.portal.catalogue.text import NORMALIZER_NAME
from danang.portal.catalogue.text import parse_terms
from danang.portal.catalogue.text import SPLITTER_NAME
from danang.portal.catalogue.text import words
from Products.ZCTextIndex.Lexicon import Lexicon
from Products.ZCTextIndex.PipelineFactory import element_factory

import pytest
import unicodedata


def nfd(text):
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    "typed,expected",
    [
        ("Giấy phép XÂY DỰNG", "giay phep xay dung"),
        ("giay phep xay dung", "giay phep xay dung"),
        # A final "y" after consonants folds to "i" ("ký"/"kí", "Quý"/"Quí": docs/search.md).
        ("Đăng ký khai sinh", "dang ki khai sinh"),
        ("đường", "duong"),
        ("Hòa Vang", "hoa vang"),
        ("Hoà Vang", "hoa vang"),
        ("HOÀ QUÝ", "hoa qui"),
        (nfd("Hòa Khánh Nam"), "hoa khanh nam"),
        (nfd("Thủ tục đăng ký kết hôn"), "thu tuc dang ki ket hon"),
        ("１.００９１３０", "1.009130"),  # full-width digits from some phone keyboards
        ("", ""),
    ],
)
def test_fold(typed, expected):
    assert fold(typed) == expected


def test_nfc_and_nfd_fold_alike():
    text = "Cấp giấy chứng nhận quyền sử dụng đất tại phường Hòa Cường Bắc"
    assert fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFD", text))


def test_words_split_codes_and_punctuation():
    assert words("Mã 1.009130; 3710/QĐ-UBND") == ["ma", "1", "009130", "3710", "qd", "ubnd"]


def _lexicon():
    return Lexicon(
        element_factory.instantiate("Word Splitter", SPLITTER_NAME),
        element_factory.instantiate("Case Normalizer", NORMALIZER_NAME),
    )


def test_lexicon_pipeline_folds_like_the_queries():
    lexicon = _lexicon()
    indexed = lexicon.sourceToWordIds(nfd("Cấp giấy phép xây dựng tại xã Hoà Bắc"))
    assert [lexicon.get_word(wid) for wid in indexed] == ["cap", "giay", "phep", "xay", "dung", "tai", "xa", "hoa", "bac"]
    # Whatever the visitor's spelling, the query words are the indexed ones.
    assert lexicon.termToWordIds("GIẤY phép") == lexicon.termToWordIds("giay phep") == indexed[1:3]
    assert lexicon.termToWordIds("Hòa") == lexicon.termToWordIds(nfd("Hoà")) == [indexed[7]]


def test_lexicon_pipeline_keeps_globs():
    assert _lexicon().parseTerms("Giấy* ph?p") == ["giay*", "ph?p"]


def test_the_elements_are_registered_once():
    assert SPLITTER_NAME in element_factory.getFactoryNames("Word Splitter")
    assert NORMALIZER_NAME in element_factory.getFactoryNames("Case Normalizer")


def texts(query):
    return [(term.text, term.phrase, term.prefix) for term in parse_terms(query)]


def test_plain_words_are_separate_terms():
    assert texts("Giấy phép  xây dựng") == [
        ("giay", False, False),
        ("phep", False, False),
        ("xay", False, False),
        ("dung", False, False),
    ]


def test_quotes_make_a_phrase():
    assert texts('cấp "giấy phép xây dựng"') == [("cap", False, False), ("giay phep xay dung", True, False)]


def test_typographic_quotes_and_unclosed_quote():
    assert texts("“khai sinh”") == [("khai sinh", True, False)]
    assert texts('đăng ký "kết hôn có yếu tố') == [("dang", False, False), ("ki", False, False), ("ket hon co yeu to", True, False)]


def test_code_is_a_phrase_of_its_parts():
    assert texts("1.009130") == [("1 009130", True, False)]


def test_trailing_star_is_a_prefix():
    assert texts("phe*") == [("phe", False, True)]
    # One letter would match half the lexicon: it stays a plain word.
    assert texts("p*") == [("p", False, False)]


def test_repeated_terms_count_once():
    assert texts("hộ tịch Hộ Tịch") == [("ho", False, False), ("tich", False, False)]


def test_empty_text_has_no_terms():
    assert parse_terms("") == []
    assert parse_terms("   ") == []
    assert parse_terms(None) == []


@pytest.mark.parametrize(
    "bad,msgid",
    [
        ("giấy\x00phép", "error_text_malformed"),
        ("abc\x1b[0m", "error_text_malformed"),
        ("giay \udce2\udc80", "error_text_malformed"),  # undecodable bytes, as surrogates
        ("x" * (MAX_QUERY_LENGTH + 1), "error_text_too_long"),
        ("!!! ???", "error_text_no_words"),
        ('""', "error_text_no_words"),
        (b"bytes", "error_text_malformed"),
    ],
)
def test_malformed_text_is_refused_with_a_message(bad, msgid):
    with pytest.raises(InvalidText) as raised:
        parse_terms(bad)
    assert raised.value.message == msgid
    assert raised.value.message.default  # a Vietnamese text for the visitor

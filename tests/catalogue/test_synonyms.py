"""The synonym rules, the stop words and the typo candidates as data, without a site."""

from danang.portal.catalogue import stopwords
from danang.portal.catalogue import synonyms
from danang.portal.catalogue.text import words
from danang.portal.catalogue.typos import edits
from zope.i18n import interpolate

import pytest


def test_every_shipped_rule_parses_and_has_a_source():
    lines = synonyms.shipped_lines()
    synonyms.check_rules(lines)
    rules = [line for line in lines if line.split("#", 1)[0].strip()]
    assert len(rules) >= 40
    assert all("#" in line and line.split("#", 1)[1].strip() for line in rules)


def test_one_way_and_equivalent_rules():
    dictionary = synonyms.SynonymDictionary(["sổ đỏ, sổ hồng => giấy chứng nhận  # nguồn", "công chứng, chứng thực"])
    assert [alt.text for alt in dictionary.rules[("so", "do")]] == ["giấy chứng nhận"]
    assert ("giay", "chung", "nhan") not in dictionary.rules  # one way
    assert [alt.text for alt in dictionary.rules[("chung", "thuc")]] == ["công chứng"]
    assert [alt.text for alt in dictionary.rules[("cong", "chung")]] == ["chứng thực"]


def test_longest_rule_first_left_to_right():
    dictionary = synonyms.SynonymDictionary(["hộ khẩu => đăng ký thường trú", "nhập hộ khẩu => đăng ký thường trú mới"])
    spans = dictionary.spans(words("nhập hộ khẩu cho con"))
    assert [(start, end, alts[0].text) for start, end, alts in spans] == [(0, 3, "đăng ký thường trú mới")]


@pytest.mark.parametrize(
    "line,number",
    [("chỉ một từ", "Dòng 1"), ("a => b => c", "Dòng 1"), ("??? => giấy", "Dòng 1")],
)
def test_lines_that_are_not_rules(line, number):
    with pytest.raises(synonyms.InvalidRule) as error:
        synonyms.check_rules([line])
    message = error.value.message
    assert interpolate(message.default, message.mapping).startswith(number)


def test_bad_stored_lines_are_skipped():
    dictionary = synonyms.SynonymDictionary(["chỉ một từ", "bằng lái => giấy phép lái xe"])
    assert list(dictionary.rules) == [("bang", "lai")]


def test_stop_words_and_phrases():
    stop = stopwords.StopWords(["làm", "như thế nào", "# a comment"])
    found = words("làm hộ chiếu như thế nào")
    assert sorted(stop.positions(found)) == [0, 3, 4, 5]
    assert "thu tuc" in {" ".join(phrase) for phrase in stopwords.stop_words(stopwords.shipped_lines()).phrases}


def test_typo_candidates():
    assert {"sinh", "sinhh"[:-1]} <= edits("sinhh")
    assert "phong" in edits("phogn")  # swapped
    assert "thong" in edits("thng")  # missing
    assert edits("tes", full=False) == {"ets", "tse"}  # short words: only swaps and doubled letters
    assert edits("too", full=False) == {"to", "oto"}

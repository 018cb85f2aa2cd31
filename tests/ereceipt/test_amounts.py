"""Amounts in figures and in Vietnamese words, as the "Bằng chữ" line of a receipt reads them."""

from danang.portal.ereceipt.amounts import amount_in_words
from danang.portal.ereceipt.amounts import in_figures
from danang.portal.ereceipt.amounts import number_in_words

import pytest


@pytest.mark.parametrize(
    "amount, words",
    [
        (1_500_000, "Một triệu năm trăm nghìn đồng"),
        (105_000, "Một trăm linh năm nghìn đồng"),
        (75_000, "Bảy mươi lăm nghìn đồng"),
        (50_000, "Năm mươi nghìn đồng"),
        (0, "Không đồng"),
        (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
        (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
        (1_000_500, "Một triệu năm trăm đồng"),
        (2_000_000_000, "Hai tỷ đồng"),
        (1_000_000_005, "Một tỷ không trăm linh năm đồng"),
        (12_345_678, "Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng"),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
        (1_001_000_000_000, "Một nghìn không trăm linh một tỷ đồng"),
        (3_250_000_000_000_000, "Ba triệu hai trăm năm mươi nghìn tỷ đồng"),
    ],
)
def test_amounts_in_words(amount, words):
    assert amount_in_words(amount) == words


@pytest.mark.parametrize(
    "number, words",
    [
        (1, "một"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi bốn"),
        (25, "hai mươi lăm"),
        (31, "ba mươi mốt"),
        (55, "năm mươi lăm"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (111, "một trăm mười một"),
        (115, "một trăm mười lăm"),
        (121, "một trăm hai mươi mốt"),
        (1_000, "một nghìn"),
        (1_001, "một nghìn không trăm linh một"),
        (1_010, "một nghìn không trăm mười"),
        (1_015, "một nghìn không trăm mười lăm"),
        (10_000, "mười nghìn"),
        (15_000, "mười lăm nghìn"),
        (21_000, "hai mươi mốt nghìn"),
        (100_000, "một trăm nghìn"),
        (1_000_000, "một triệu"),
        (1_000_001, "một triệu không trăm linh một"),
        (1_100_000, "một triệu một trăm nghìn"),
        (999_999_999, "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"),
        (1_000_000_000, "một tỷ"),
        (5_000_000_000_000_000_000, "năm tỷ tỷ"),
    ],
)
def test_numbers_in_words(number, words):
    assert number_in_words(number) == words


@pytest.mark.parametrize(
    "amount, figures",
    [(0, "0"), (500, "500"), (75_000, "75.000"), (1_500_000, "1.500.000"), (2_000_000_000, "2.000.000.000")],
)
def test_amounts_in_figures(amount, figures):
    assert in_figures(amount) == figures


def test_other_currencies_keep_the_capital():
    assert amount_in_words(21, currency="USD") == "Hai mươi mốt USD"


@pytest.mark.parametrize("value", [-1, 1.5, "100", None, True])
def test_only_whole_non_negative_amounts_are_read(value):
    with pytest.raises((TypeError, ValueError)):
        amount_in_words(value)
    with pytest.raises((TypeError, ValueError)):
        in_figures(value)

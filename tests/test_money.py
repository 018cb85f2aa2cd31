"""Amounts and counts as text (money.py): Vietnamese grouping, whole đồng."""

from danang.portal import money

import doctest
import pytest


@pytest.mark.parametrize(
    "amount, text",
    [(0, "0"), (None, "0"), (500, "500"), (75_000, "75.000"), (1_250_000, "1.250.000"),
     (2_000_000_000, "2.000.000.000")],
)
def test_amounts_in_figures(amount, text):
    assert money.figures(amount) == text
    assert money.vnd(amount) == f"{text} đ"


@pytest.mark.parametrize(
    "number, language, text",
    [(1234567, "vi", "1.234.567"), (1234567, "en", "1,234,567"), (3.5, "vi", "3,5"),
     (3.5, "en", "3.5"), (1234567.5, "vi", "1.234.567,5"), (12.0, "vi", "12"), (0, "en", "0")],
)
def test_numbers_grouped_per_language(number, language, text):
    assert money.grouped(number, language) == text


def test_docstring_examples_run():
    failures, tried = doctest.testmod(money)
    assert tried and not failures

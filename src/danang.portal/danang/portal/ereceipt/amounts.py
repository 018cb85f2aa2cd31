"""Amounts of Vietnamese đồng as a receipt writes them: in figures and in words ("Bằng chữ").

Reading rules (standard Vietnamese, as on invoices and receipts):

- digits are grouped by three: đơn vị, nghìn, triệu, then tỷ, and the cycle repeats above a
  billion (1.000.000.000.000 is "một nghìn tỷ");
- a group that is entirely zero is skipped (1.000.500 is "một triệu năm trăm");
- a group after a higher one is read in full, with its hundreds even when zero
  (1.005.000 is "một triệu không trăm linh năm nghìn");
- a zero tens digit before a unit is read "linh" (105 "một trăm linh năm");
- 10-19 use "mười"; 1 after a tens digit of 2 or more is "mốt" (21 "hai mươi mốt");
  5 after a tens digit is "lăm" (15 "mười lăm", 25 "hai mươi lăm").
"""

from danang.portal import money

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
BILLION = 10**9


def _tens_and_units(tens, units, after_hundreds):
    words = []
    if tens == 0:
        if units and after_hundreds:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units == 0:
        return words
    if units == 1 and tens >= 2:
        words.append("mốt")
    elif units == 5 and tens >= 1:
        words.append("lăm")
    else:
        words.append(DIGITS[units])
    return words


def _group(value, full):
    """Words of 1..999; ``full`` reads the hundreds even when zero (a group after a higher one)."""
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    return words + _tens_and_units(tens, units, after_hundreds=bool(words))


def _below_billion(value, full):
    words = []
    for scale, name in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group, value = divmod(value, scale)
        if group:
            words += _group(group, full or bool(words))
            if name:
                words.append(name)
    return words


def _words(value, full=False):
    billions, rest = divmod(value, BILLION)
    words = []
    if billions:
        # Above a billion the cycle starts again: "một nghìn tỷ", "một triệu tỷ", "một tỷ tỷ".
        words += _words(billions, full) + ["tỷ"]
    if rest:
        words += _below_billion(rest, full or bool(words))
    return words


def _whole_number(value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a whole number is expected, not {value!r}")
    if value < 0:
        raise ValueError(f"a negative amount cannot be read: {value}")
    return value


def number_in_words(value):
    """``number_in_words(105)`` -> ``"một trăm linh năm"`` (lower case)."""
    value = _whole_number(value)
    return " ".join(_words(value)) if value else DIGITS[0]


def amount_in_words(amount, currency="đồng"):
    """The "Bằng chữ" line: ``amount_in_words(1_500_000)`` -> ``"Một triệu năm trăm nghìn đồng"``."""
    words = f"{number_in_words(amount)} {currency}"
    return words[0].upper() + words[1:]


def in_figures(amount):
    """``in_figures(1_500_000)`` -> ``"1.500.000"`` (Vietnamese thousands separator)."""
    return money.figures(_whole_number(amount))

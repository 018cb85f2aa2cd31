"""Amounts and counts as text, with Vietnamese digit grouping.

Vietnamese writes a dot between thousands and a comma before decimals (``1.250.000``,
``3,5``); English the other way round. Fees and payments are whole đồng: the money functions
print no decimals.
"""


def grouped(number, language="vi"):
    """A number with thousands grouped, one decimal when it has a fraction.

    >>> grouped(1234567)
    '1.234.567'
    >>> grouped(3.5)
    '3,5'
    >>> grouped(1234567.5, language="en")
    '1,234,567.5'
    >>> grouped(None)
    '0'
    """
    number = float(number or 0)
    text = f"{number:,.0f}" if number.is_integer() else f"{number:,.1f}"
    if language == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def figures(amount):
    """An amount of đồng in figures, as printed on receipts and payment pages.

    >>> figures(75000)
    '75.000'
    >>> figures(None)
    '0'
    """
    return grouped(int(amount or 0))


def vnd(amount):
    """An amount with the đồng sign, for short displays (search results).

    >>> vnd(1250000)
    '1.250.000 đ'
    """
    return f"{figures(amount)} đ"

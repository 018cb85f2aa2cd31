"""The payment rules behind the dossier's workflow panel (desk/actions.py asks here).

- ``confirm_payment`` is not offered while money is owed: the online payment or the desk's cash
  form settles it and confirms by itself (settlement.py).
- a payment request asks for an amount, typed as officials write it ("75.000"); left empty, the
  dossier owes its service's fees (obligations.py checks and applies it).
"""

from danang.portal.payment.cash import parse_amount
from danang.portal.payment.record import DUE
from danang.portal.payment.record import payment_state

CONFIRM_TRANSITION = "confirm_payment"
REQUEST_TRANSITION = "request_payment"


def offered(dossier, transition):
    """False for a transition the panel must not offer because of what the dossier owes."""
    return not (transition == CONFIRM_TRANSITION and payment_state(dossier) == DUE)


def asks_amount(transition):
    return transition == REQUEST_TRANSITION


def typed_amount(value):
    """The amount typed with a payment request ("75.000": "75000"), None when left empty (the
    service's fees). Text that is not whole đồng ("1.5", "7,5") is passed on as typed, for
    obligations.py to refuse with its message."""
    text = (value or "").strip() if isinstance(value, str) else ""
    if not text:
        return None
    amount = parse_amount(text)
    return text if amount is None else str(amount)

"""The payment rules the workflow panel asks: what it offers and how a typed amount is read."""

from danang.portal.payment.obligations import state_amount
from danang.portal.payment.panel_rules import asks_amount
from danang.portal.payment.panel_rules import offered
from danang.portal.payment.panel_rules import typed_amount


def test_confirm_payment_is_not_offered_while_money_is_owed(portal, fee_services, make_dossier):
    dossier = make_dossier("district")  # level 3: owes nothing at submission
    assert offered(dossier, "confirm_payment")
    state_amount(dossier, 75000)
    assert not offered(dossier, "confirm_payment")
    assert offered(dossier, "accept") and offered(dossier, "request_payment")
    state_amount(dossier, 0)
    assert offered(dossier, "confirm_payment")


def test_a_payment_request_asks_for_the_amount_as_officials_type_it():
    assert asks_amount("request_payment") and not asks_amount("confirm_payment")
    assert typed_amount("75.000") == "75000"
    assert typed_amount(" 1 250 000 ") == "1250000" and typed_amount("1,250,000") == "1250000"
    assert typed_amount("") is None and typed_amount(None) is None
    # Not whole đồng: passed on as typed, refused with its message by obligations.py.
    assert typed_amount("bảy mươi") == "bảy mươi"
    assert typed_amount("1.5") == "1.5" and typed_amount("1,250 000") == "1,250 000"

"""The payment panel of a dossier (viewlet of danang.portal.dossier.panels).

Shown on the dossier page and on the applicant page ``@@ho-so-cong-dan``. The applicant's side
(applicant, agent or look-up link bearer): what is owed, the "Thanh toán trực tuyến" button,
the payments made. The officials' side: the service's fee lines for this dossier, a form to state
the amount owed, the desk's cash form, and the refused or failed attempts.
"""

from danang.portal import money
from danang.portal.dossier.applicant_access import access_query
from danang.portal.dossier.applicant_access import may_act
from danang.portal.payment import sandbox_mode
from danang.portal.payment.cash import may_record_cash
from danang.portal.payment.fees import fees_for_dossier
from danang.portal.payment.online import PAYABLE_STATES
from danang.portal.payment.online import refusal
from danang.portal.payment.panel_access import is_official
from danang.portal.payment.record import DUE
from danang.portal.payment.record import get_record
from danang.portal.payment.record import NONE
from danang.portal.payment.record import PAID
from danang.portal.payment.settings import SANDBOX
from danang.portal.payment.vocabulary import log_reason_title
from danang.portal.payment.vocabulary import REASON_TITLES
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.protect.authenticator import createToken
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class PaymentPanel(ViewletBase):
    index = ViewPageTemplateFile("templates/panel.pt")

    def update(self):
        super().update()
        dossier = self.context
        self.record = get_record(dossier)
        self.official = is_official(dossier)
        self.applicant = may_act(dossier, self.request)
        self.fee_lines, self.fee_total = fees_for_dossier(dossier) if self.official else ([], 0)

    def render(self):
        if not self.available():
            return ""
        return self.index()

    def available(self):
        if self.official:
            return bool(self.record is not None or self.fee_lines)
        return self.applicant and self.record is not None and self.state() != NONE

    def state(self):
        return self.record.state if self.record is not None else NONE

    def is_due(self):
        return self.state() == DUE

    def is_paid(self):
        return self.state() == PAID

    def amount_due(self):
        return money.figures(self.record.amount_due if self.record is not None else 0)

    def lines(self):
        return [
            {"name": line["name"], "amount": money.figures(line["amount"])}
            for line in (self.record.lines if self.record is not None else ())
        ]

    def reason_title(self):
        return REASON_TITLES.get(self.record.reason) if self.record is not None else None

    def can_pay(self):
        return self.applicant and refusal(self.context) is None

    def why_not(self):
        """Why the applicant cannot pay now although something is owed."""
        if not self.applicant or not self.is_due():
            return None
        return refusal(self.context)

    def sandbox_badge(self):
        return sandbox_mode.badge_for()

    def pay_action(self):
        return f"{api.portal.get().absolute_url()}/@@thanh-toan-truc-tuyen"

    def access_fields(self):
        return sorted(access_query(self.context, self.request).items())

    def authenticator(self):
        return createToken()

    def payments(self):
        rows = []
        for payment in self.record.payments if self.record is not None else ():
            rows.append(
                {
                    "amount": money.figures(payment["amount"]),
                    "method": payment["method"],
                    "reference": payment["reference"],
                    "paid_at": payment["paid_at"].strftime("%H:%M %d/%m/%Y"),
                    "receipt": payment.get("receipt"),
                    # Sandbox payments move no money: nobody may take one for a real payment.
                    "sandbox": payment["provider"] == SANDBOX,
                }
            )
        return rows

    def pending(self):
        if self.record is None:
            return []
        return [
            {"txn_ref": txn["txn_ref"], "amount": money.figures(txn["amount"]),
             "expires": txn["expires"].strftime("%H:%M %d/%m/%Y")}
            for txn in sorted(self.record.pending.values(), key=lambda txn: txn["created"])
        ]

    # Officials

    def fee_rows(self):
        return [
            {"name": line["name"], "amount": money.figures(line["amount"]), "case": line["case"],
             "legal_basis": line["legal_basis"]}
            for line in self.fee_lines
        ]

    def fee_total_text(self):
        return money.figures(self.fee_total)

    def may_state(self):
        return self.official and api.content.get_state(self.context, default=None) in PAYABLE_STATES

    def amount_action(self):
        return f"{self.context.absolute_url()}/@@so-tien-phai-nop"

    def default_amount(self):
        if self.record is not None and self.record.state == DUE:
            return self.record.amount_due
        return self.fee_total

    def may_record_cash(self):
        return self.is_due() and may_record_cash(self.context)

    def cash_url(self):
        return f"{self.context.absolute_url()}/@@thu-tien-mat"

    def log(self):
        if not self.official or self.record is None:
            return []
        return [
            {
                "time": entry["time"].strftime("%H:%M:%S %d/%m/%Y"),
                "reason": log_reason_title(entry["reason"]),
                "txn_ref": entry.get("txn_ref") or "",
                "amount": money.figures(entry["amount"]) if entry.get("amount") is not None else "",
            }
            for entry in reversed(self.record.log)
        ]

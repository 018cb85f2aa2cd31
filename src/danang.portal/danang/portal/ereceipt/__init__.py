"""Electronic receipts (biên lai thu phí, lệ phí điện tử) of the fees paid for a dossier.

``issue.issue_receipt(dossier, payment)`` issues one per payment (idempotent by payment id): the
unit's symbol (ký hiệu ``<series>-<YY>E``) and the next 7-digit number (số) of that symbol,
gap-free and unique under concurrency (numbering.py). The record, a PersistentMapping kept on the
dossier (store.py), holds everything printed:

payment_id, form_code, symbol, number ("0000001"), issued_at, unit_code, unit_name,
unit_address, unit_tax_code, dossier_code, service_code, service_title, payer_name,
payer_address, payer_email, lines ([{name, amount}]), total, total_in_words, method ("online" |
"cash"), provider, reference, paid_at, recorded_by, collector_name, sample, test (a sandbox
payment's receipt, symbol ``TEST-<series>-<YY>E``), verification_code.

It is shown at ``@@bien-lai`` (HTML, printable) and ``@@bien-lai.pdf``, e-mailed with the PDF
after the transaction commits, listed in the dossier's panels and at ``<dossier>/@receipts``,
and confirmed publicly at ``@@xac-minh-bien-lai`` through the QR code's verification link.
"""

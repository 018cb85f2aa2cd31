"""The acknowledgement of a received dossier: the receipt and appointment slip (phiếu tiếp nhận và
hẹn trả kết quả, form 01 of Circular 01/2018). Fee receipts (biên lai) are ``ereceipt/``.

Shown right after an online submission (HTML with print styles and a QR code opening the look-up of the dossier),
downloadable as PDF, and sent to the applicant by e-mail.
"""

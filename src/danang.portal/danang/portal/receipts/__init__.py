"""Receipt and appointment slip (form 01 of Circular 01/2018) of a received dossier.

Shown right after an online submission (HTML with print styles and a QR code of the dossier code),
downloadable as PDF, and sent to the applicant by e-mail.
"""

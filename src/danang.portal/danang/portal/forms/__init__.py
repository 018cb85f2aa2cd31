"""Online submission e-forms (collective.easyform) of level 3-4 services.

Each such Service holds an EasyForm ``nop-ho-so`` generated from its dossier components
(``generation``); uploads are checked by content (``danang.portal.uploads``); the ``CreateDossier`` action turns
a valid submission into a Dossier and sends the applicant to the receipt (``danang.portal.acknowledgement``).
"""

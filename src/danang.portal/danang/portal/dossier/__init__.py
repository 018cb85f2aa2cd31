"""Dossiers (hồ sơ): the content type, its code, storage, status mapping and creation.

Public entry points: ``create.create_dossier``, ``numbering.next_dossier_code``,
``status.STATUSES`` / ``status_of_state`` / ``status_of_code``, ``lookup_keys.applicant_query``,
``events.IDossierStatusChanged`` (fired by workflow/subscribers.py on every status change).
"""

"""Submitting a dossier: the one path every intake takes (e-form, REST, agents, the desk).

It sits above ``dossier/``, ``agents/``, ``workflow/`` and ``acknowledgement/`` and below the
entry points (``forms/``, ``services/``, ``desk/``), which only translate their
input into a ``Submission`` and a ``SubmissionRefused`` into their own answer.
"""

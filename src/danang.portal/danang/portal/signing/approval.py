"""The result is signed when the leader approves it (the ``finish`` transition).

Before the transition: every result file must be a PDF the unit can sign now (a certificate,
valid, not revoked), else the approval is refused with the reason and nothing changes. After it
(the status-change event): each result file not signed yet is replaced, once, by its signed copy;
a signed file is never signed or rewritten again. Both run whoever fires the transition (the desk
panel, plone.restapi's ``@workflow``, code).
"""

from danang.portal import _
from danang.portal.signing import documents
from danang.portal.signing import vault
from danang.portal.signing.errors import SigningRefused
from danang.portal.workflow.rules import TransitionInputError
from plone import api
from plone.namedfile.file import NamedBlobFile

import transaction

RESULT_TITLE = _("signed_result_title", default="Kết quả giải quyết thủ tục hành chính")


def _unsigned(dossier):
    signed = {record.get("key") for record in getattr(dossier, documents.RECORDS, None) or ()
              if record["kind"] == "result"}
    return [item for item in dossier.files("result") if item.getId() not in signed]


def _signing_unit(dossier):
    return getattr(dossier, "current_unit", None) or dossier.receiving_unit


def check_result(dossier, event):
    """IBeforeTransitionEvent: refuse the approval of a result that cannot be signed."""
    if event.transition is None or event.transition.id != "finish":
        return
    unsigned = _unsigned(dossier)
    if not unsigned:
        return
    from danang.portal.signing import pdf  # pyHanko: imported when needed (documents.sign)

    code = _signing_unit(dossier)
    try:
        for item in unsigned:
            data = item.file.data if item.file is not None else b""
            try:
                pdf.reader(data)
            except pdf.NotAPDF:
                raise SigningRefused(_(documents.NOT_PDF, default=documents.NOT_PDF.default,
                                       mapping={"filename": item.file.filename if item.file else ""}))
        vault.key_material(code, documents.unit_title(code))
    except SigningRefused as refusal:
        raise TransitionInputError(refusal.message)


def _undo_approval(dossier):
    """Nothing of a refused approval is stored, whoever fired it: the transaction is doomed, and
    the dossier's workflow state goes back, because plone.restapi's ``@workflow`` reads it to
    tell a refusal (400, the message) from a transition already done (200)."""
    transaction.doom()
    workflow = api.portal.get_tool("portal_workflow").getWorkflowsFor(dossier)[0]
    dossier.workflow_history[workflow.id] = dossier.workflow_history[workflow.id][:-1]


def sign_results(dossier, event):
    """IDossierStatusChanged: on approval, each unsigned result file becomes its signed copy.
    A signature that fails now (the time-stamp authority does not answer) refuses the approval
    after the state changed: see ``_undo_approval``."""
    if event.transition != "finish":
        return
    for item in _unsigned(dossier):
        filename = item.file.filename or f"{item.getId()}.pdf"
        try:
            signed, _record = documents.sign(
                dossier, item.file.data, "result", RESULT_TITLE, filename,
                unit_code=_signing_unit(dossier), key=item.getId(), keep=False,
            )
        except SigningRefused as refusal:
            _undo_approval(dossier)
            raise TransitionInputError(refusal.message)
        item.file = NamedBlobFile(data=signed, filename=filename, contentType="application/pdf")

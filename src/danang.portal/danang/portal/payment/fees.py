"""The fees a dossier owes: its service's fee rows that apply to the applicant's case.

A service lists its fees (phí, lệ phí) as rows (content/rows.py ``IFeeRow``): name, amount in
VND, and optionally the case (trường hợp) the row is for. A row without a case always applies; a
row with a case applies when the dossier was submitted for that case. The cases are the same for
papers and fees (content/cases.py): the e-form asks the one case question and the "Tạo hồ sơ"
action keeps the answer in ``dossier.answers["case"]`` as
``{"label", "value": "c2", "display": "<the case's text>"}`` (``none``: none of the named cases).
"""

from danang.portal.content.cases import GENERAL
from danang.portal.content.cases import normalize_case
from danang.portal.content.cases import service_cases
from danang.portal.dossier.submitted_service import service_of


def _amount(value):
    """A fee row's amount as whole VND (rows edited through the web are ints already)."""
    try:
        amount = int(value or 0)
    except (TypeError, ValueError):
        return 0
    return max(amount, 0)


def applicable_fees(rows, case=None):
    """The fee lines of ``rows`` that apply to ``case`` (a case text, or None when unknown).

    Returns ``[{"name", "amount", "legal_basis", "case"}]`` in the editor's order; free rows
    (amount 0) are kept so that the applicant sees the fee is waived, not forgotten.

    >>> applicable_fees([{"name": "Lệ phí", "amount": 75000},
    ...                  {"name": "Phí thẩm định", "amount": 500000, "case": "Công trình cấp III"}],
    ...                 case="công trình cấp III")
    [{'name': 'Lệ phí', 'amount': 75000, ...}, {'name': 'Phí thẩm định', 'amount': 500000, ...}]
    """
    wanted = normalize_case(case)
    lines = []
    for row in rows or ():
        row_case = normalize_case(row.get("case"))
        if row_case and row_case != wanted:
            continue
        lines.append(
            {
                "name": " ".join(str(row.get("name") or "").split()),
                "amount": _amount(row.get("amount")),
                "legal_basis": (row.get("legal_basis") or "").strip(),
                "case": (row.get("case") or "").strip(),
            }
        )
    return lines


def total(lines):
    return sum(line["amount"] for line in lines)


def dossier_service(dossier):
    """The Service the dossier was submitted for, whoever asks (None when it was deleted)."""
    return service_of(dossier)


def dossier_case(dossier, service=None):
    """The case the applicant chose (its text), or None.

    The e-form stores ``{"value": "c2", "display": "..."}``; older or hand-made answers may hold
    the key or the text alone, so a key is turned into its text through the service.
    """
    answer = (getattr(dossier, "answers", None) or {}).get("case")
    if isinstance(answer, dict):
        if answer.get("value") == GENERAL:
            return None
        text = answer.get("display") or answer.get("value")
    else:
        text = answer
    if not isinstance(text, str) or not text.strip() or text.strip() == GENERAL:
        return None
    text = text.strip()
    service = service if service is not None else dossier_service(dossier)
    if service is not None:
        keys = dict(service_cases(service))
        text = keys.get(text, text)
    return text


def fees_for_dossier(dossier, service=None):
    """``(lines, total)``: the fee lines that apply to the dossier and their sum in VND."""
    service = service if service is not None else dossier_service(dossier)
    if service is None:
        return [], 0
    lines = applicable_fees(getattr(service, "fees", None), dossier_case(dossier, service))
    return lines, total(lines)

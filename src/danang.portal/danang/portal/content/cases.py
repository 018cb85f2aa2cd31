"""The cases (trường hợp) of a service: the one question whose answer decides which papers are
required and which fees apply.

A dossier component or a fee row may name the case it is for (content/rows.py, field ``case``);
rows without a case apply to everyone. The cases are the distinct texts named, components first
then fees, in the editor's order, keyed ``c1``, ``c2``… (the keys dossiers already store in
``answers["case"]``). The question always offers ``none``, "none of these cases": the data names
the situations that need something more (a basement, a neighbour built against), not every
situation there is, and an applicant in none of them must still be able to submit.
"""

from danang.portal import _

import unicodedata

GENERAL = "none"
GENERAL_TITLE = _("case_general", default="Không thuộc trường hợp nào nêu trên")


def normalize_case(text):
    """The case text as compared: NFC, case-folded, single spaces ("" for nothing).

    Editors type a case's text twice (on a component and on a fee), so Unicode form, letter case
    and spacing do not matter.
    """
    text = unicodedata.normalize("NFC", str(text or ""))
    return " ".join(text.casefold().split())


def _named(rows):
    for row in rows or ():
        case = " ".join(str(row.get("case") or "").split())
        if case:
            yield case


def service_cases(service):
    """``[(key, case text)]`` of the cases the service's components and fees name."""
    cases, seen = [], set()
    for case in list(_named(getattr(service, "components", None))) + list(
        _named(getattr(service, "fees", None))
    ):
        if normalize_case(case) not in seen:
            seen.add(normalize_case(case))
            cases.append(case)
    return [(f"c{index}", case) for index, case in enumerate(cases, start=1)]


def case_key(service, text):
    """The key of the case ``text`` among the service's cases (None for no case or unknown)."""
    wanted = normalize_case(text)
    if not wanted:
        return None
    for key, case in service_cases(service):
        if normalize_case(case) == wanted:
            return key
    return None


def applies(row_case, chosen):
    """True when a row for ``row_case`` (a text, "" for every case) applies to the ``chosen``
    case text (None or "" when the applicant is in none of the named cases)."""
    row_case = normalize_case(row_case)
    return not row_case or row_case == normalize_case(chosen)

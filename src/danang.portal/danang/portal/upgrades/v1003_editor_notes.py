"""1002 → 1003: editors' notes leave what citizens read.

Before 1003 the shipped data put editors' remarks into public fields: "Mã thủ tục … là mã tạm của
cổng…" at the end of a service's description and "mức thu tham khảo, cần đối chiếu…" as a fee's
legal basis (data/README.md). They now live in the Service's ``editor_notes`` field, which only
those who edit the service read. Papers named "(theo mẫu)" lose the words: no such form ships.
"""

from plone import api

import re

# The placeholder-code sentence the 1002 data appended to descriptions.
PLACEHOLDER_NOTE = re.compile(r"\s*(Mã thủ tục \S+ là mã tạm của cổng[^.]*\.)")
REFERENCE_FEE = "mức thu tham khảo"
AS_FORM = re.compile(r"\s*\(theo mẫu\)|(?<=Tờ khai) theo mẫu")


def notes_out_of_public_fields(service):
    """Move the notes of one service into ``editor_notes``; True when something changed."""
    notes = []
    description = service.description or ""
    match = PLACEHOLDER_NOTE.search(description)
    if match:
        notes.append(match.group(1))
        service.description = PLACEHOLDER_NOTE.sub("", description).strip()
    fees = []
    for row in service.fees or []:
        basis = row.get("legal_basis") or ""
        if basis.startswith(REFERENCE_FEE):
            notes.append(f"{row.get('name')}: {basis.rstrip('.')}.")
            row = dict(row, legal_basis="")
        fees.append(row)
    components = [dict(row, name=AS_FORM.sub("", row.get("name") or "")) for row in service.components or []]
    papers_changed = components != list(service.components or [])
    if not notes and not papers_changed:
        return False
    if notes:
        kept = (getattr(service, "editor_notes", None) or "").strip()
        service.editor_notes = " ".join(filter(None, [kept, *notes]))
        service.fees = fees
    service.components = components
    return True


def move_editor_notes(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Service"):
        service = brain._unrestrictedGetObject()
        if notes_out_of_public_fields(service):
            service.reindexObject()

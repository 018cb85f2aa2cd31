"""The identity's claims → the citizen's verified details: the one place that knows the claim
names (docs/vneid.md, "Claims").

The national SSO's exact specification is not public (docs/vneid.md): the standard OpenID
Connect claims are used where one fits (``name``, ``birthdate`` as ``YYYY-MM-DD``), and two
claims of the ``vneid`` scope for what the standard has no name for: ``personal_id`` (the
12-digit personal identification number, số định danh cá nhân) and ``tax_code`` (an
organisation's tax code, mã số thuế, where given). A claim that is missing or not valid is left
out: only what the identity proves is marked verified.
"""

from danang.portal.dossier import applicant
from datetime import date

import re

# Member property → claim name.
CLAIMS = {
    "fullname": "name",
    "id_number": "personal_id",
    "birth_date": "birthdate",
    "tax_code": "tax_code",
}
# A tax code: 10 digits, or 10 digits, a dash and 3 digits for a branch.
_TAX_CODE = re.compile(r"^\d{10}(-\d{3})?$")


def _birth_date(value):
    if not isinstance(value, str):
        return None
    try:
        parsed = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None if applicant.check_birth_date(parsed) else parsed


def verified_details(claims):
    """{member property: value} of the valid claims among ``claims`` (dates as ``date``)."""
    details = {}
    name = claims.get(CLAIMS["fullname"])
    if isinstance(name, str) and name.split():
        details["fullname"] = " ".join(name.split())
    id_number = claims.get(CLAIMS["id_number"])
    if isinstance(id_number, str) and id_number and not applicant.check_id_number(id_number):
        details["id_number"] = applicant.normalize_id_number(id_number)
    birth_date = _birth_date(claims.get(CLAIMS["birth_date"]))
    if birth_date is not None:
        details["birth_date"] = birth_date
    tax_code = claims.get(CLAIMS["tax_code"])
    if isinstance(tax_code, str) and _TAX_CODE.match(tax_code.strip()):
        details["tax_code"] = tax_code.strip()
    return details

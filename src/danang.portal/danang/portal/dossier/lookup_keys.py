"""Catalog keys for the applicant's phone and ID number: keyed hashes, never the numbers.

Officials filter dossiers by ID number and the public look-up checks a dossier code against the
phone or ID number (docs/domain/dossier-codes.md), so both must be searchable. But catalog indexes are a second
copy of the data that is not protected by each dossier's permissions (index values can be listed,
exported, copied with the database). A phone number has about 10^9 possible values and an ID
number 10^12, so a plain hash would be reversed by trying them all; an HMAC with a secret key of
the site cannot be. The key is created once per site (in the dossier container's annotations) and
must never change, or the indexes must be rebuilt.

To search: ``catalog(portal_type="Dossier", applicant_phone=phone_key("0905 123 456"))``.
"""

from danang.portal.dossier.storage import dossier_root
from zope.annotation.interfaces import IAnnotations

import hashlib
import hmac
import re
import secrets

KEY_ANNOTATION = "danang.portal.dossier.lookup_key"
_SEPARATORS = re.compile(r"[\s.\-()/]")


def normalize_phone(value):
    """National form: '+84 905 123 456' -> '0905123456'."""
    number = _SEPARATORS.sub("", value or "")
    if number.startswith("+84"):
        number = "0" + number[3:]
    elif number.startswith("84") and len(number) == 11:
        number = "0" + number[2:]
    return number


def normalize_id_number(value):
    """Without separators, upper case (passport numbers have letters): '0790 9500 1234' -> '079095001234'."""
    return _SEPARATORS.sub("", value or "").upper()


def _site_key(root=None):
    if root is None:
        root = dossier_root()
    annotations = IAnnotations(root)
    key = annotations.get(KEY_ANNOTATION)
    if key is None:
        # Normally created at install (install.ensure_dossier_root), before any dossier exists.
        key = annotations[KEY_ANNOTATION] = secrets.token_hex(32)
    return key.encode("ascii")


def _key(kind, normalized, root=None):
    if not normalized:
        return None
    digest = hmac.new(_site_key(root), f"{kind}:{normalized}".encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def phone_key(phone, root=None):
    """The catalog value of ``applicant_phone`` for this phone number (None when empty)."""
    return _key("phone", normalize_phone(phone), root)


def id_number_key(id_number, root=None):
    """The catalog value of ``applicant_id_number`` for this ID number (None when empty)."""
    return _key("id", normalize_id_number(id_number), root)


def ensure_key(root):
    """Create the site's key (install step)."""
    _site_key(root)


def applicant_query(phone=None, id_number=None):
    """Catalog query terms for dossiers of the applicant with this phone and/or ID number."""
    query = {}
    if phone:
        query["applicant_phone"] = phone_key(phone)
    if id_number:
        query["applicant_id_number"] = id_number_key(id_number)
    return query


def same_phone(a, b):
    """True when two phone numbers are the same number (constant time: look-up checks)."""
    return bool(a and b) and hmac.compare_digest(normalize_phone(a), normalize_phone(b))


def same_id_number(a, b):
    """True when two ID numbers are the same (constant time: look-up checks)."""
    return bool(a and b) and hmac.compare_digest(normalize_id_number(a), normalize_id_number(b))

"""The agencies' signing identities (PKCS#12: key and certificate) and the test CA.

Where: an annotation on the site root. Annotations are not traversable (no URL, no REST
serializer, no GenericSetup export step reads them), so the key is reachable only through the
functions below, which never return it. The PKCS#12 data and its passphrase are encrypted
(Fernet) with a key derived from the instance's secret: ``signing-secret`` in zope.conf's
``<product-config danang.portal>``, else the environment variable DANANG_SIGNING_SECRET; without
either, a random secret kept beside the data, which protects nothing more than the annotation
does (docs/signing.md, "Where the keys are").
"""

from cryptography import x509
from cryptography.fernet import Fernet
from cryptography.fernet import InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from danang.portal import _
from danang.portal import clock
from danang.portal import deployment
from danang.portal import settings
from danang.portal.signing import testca
from danang.portal.signing.errors import SigningRefused
from danang.portal.signing.settings import ISigningSettings
from danang.portal.signing.settings import PREFIX
from datetime import timedelta
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations

import base64
import hashlib
import os
import secrets

KEY = "danang.portal.signing"
ENVIRONMENT = "DANANG_SIGNING_SECRET"


def _vault(create=False):
    annotations = IAnnotations(api.portal.get())
    vault = annotations.get(KEY)
    if vault is None and create:
        vault = annotations[KEY] = PersistentMapping(
            identities=PersistentMapping(), revoked=PersistentMapping(), crl_number=0
        )
    return vault


def _instance_secret():
    try:
        from App.config import getConfiguration

        config = (getattr(getConfiguration(), "product_config", None) or {}).get("danang.portal") or {}
    except ImportError:  # pragma: no cover - always there under Zope
        config = {}
    return config.get("signing-secret") or os.environ.get(ENVIRONMENT) or None


def _fernet(vault):
    secret = _instance_secret()
    if secret is None:
        if "local_secret" not in vault:
            vault["local_secret"] = secrets.token_hex(32)
        secret = vault["local_secret"]
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(secret.encode("utf-8")).digest()))


def _attribute(name, oid):
    values = name.get_attributes_for_oid(oid)
    return values[0].value if values else ""


def read_pkcs12(data, passphrase):
    """(key, certificate, chain) of PKCS#12 bytes; SigningRefused when they cannot be read."""
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, passphrase or None)
    except (ValueError, TypeError):
        raise SigningRefused(
            _(
                "error_signing_pkcs12",
                default="Không đọc được tệp chứng thư số: tệp không phải PKCS#12 (.p12, .pfx) hoặc "
                "mật khẩu không đúng.",
            )
        )
    if key is None or certificate is None:
        raise SigningRefused(
            _("error_signing_pkcs12_key", default="Tệp chứng thư số phải chứa cả khóa bí mật và chứng thư.")
        )
    return key, certificate, list(chain or ())


def _facts(certificate, chain, test):
    return {
        "subject": _attribute(certificate.subject, NameOID.COMMON_NAME),
        "organisation": _attribute(certificate.subject, NameOID.ORGANIZATION_NAME),
        "issuer": _attribute(certificate.issuer, NameOID.COMMON_NAME),
        "serial": str(certificate.serial_number),
        "not_before": certificate.not_valid_before_utc.astimezone(clock.TIMEZONE),
        "not_after": certificate.not_valid_after_utc.astimezone(clock.TIMEZONE),
        "fingerprint": certificate.fingerprint(hashes.SHA256()).hex(),
        "test": test,
        "chain": [item.public_bytes(Encoding.PEM) for item in chain],
    }


def save_identity(code, data, passphrase, test=False):
    """Store the PKCS#12 ``data`` (bytes, passphrase str) as the signing identity of agency
    ``code``; returns its public facts. SigningRefused when unreadable."""
    secret = (passphrase or "").encode("utf-8")
    _key, certificate, chain = read_pkcs12(data, secret)
    vault = _vault(create=True)
    fernet = _fernet(vault)
    record = PersistentMapping(_facts(certificate, chain, test))
    record["pkcs12"] = fernet.encrypt(data)
    record["passphrase"] = fernet.encrypt(secret)
    record["saved"] = clock.now()
    vault["identities"][code] = record
    return public(record)


def public(record):
    """What may be shown of an identity: everything but the key material."""
    return {key: value for key, value in record.items() if key not in ("pkcs12", "passphrase")}


def identity(code):
    """Public facts of agency ``code``'s identity, or None."""
    vault = _vault()
    record = vault["identities"].get(code) if vault is not None else None
    return public(record) if record is not None else None


def identities():
    vault = _vault()
    return {code: public(record) for code, record in (vault["identities"].items() if vault else ())}


def status(facts, moment=None):
    """'valid', 'expiring' (within the warning days), 'expired', 'not_yet' or 'revoked'."""
    moment = moment or clock.now()
    vault = _vault()
    if vault is not None and facts["serial"] in vault["revoked"]:
        return "revoked"
    if moment < facts["not_before"]:
        return "not_yet"
    if moment >= facts["not_after"]:
        return "expired"
    warn = settings.read(ISigningSettings, PREFIX, "warn_days")
    if moment + timedelta(days=warn) >= facts["not_after"]:
        return "expiring"
    return "valid"


REFUSALS = {
    "expired": _(
        "error_signing_expired",
        default="Chứng thư số của ${unit} đã hết hạn: không thể ký văn bản mới. Quản trị viên cần "
        "tải lên chứng thư mới trong Cấu hình > Chữ ký số.",
    ),
    "not_yet": _("error_signing_not_yet", default="Chứng thư số của ${unit} chưa đến ngày có hiệu lực."),
    "revoked": _(
        "error_signing_revoked",
        default="Chứng thư số của ${unit} đã bị thu hồi: không thể ký văn bản mới. Quản trị viên cần "
        "tải lên chứng thư mới trong Cấu hình > Chữ ký số.",
    ),
    "missing": _(
        "error_signing_missing",
        default="${unit} chưa có chứng thư số: quản trị viên cần tải lên chứng thư (PKCS#12) trong "
        "Cấu hình > Chữ ký số.",
    ),
}


def _refuse(reason, unit):
    message = REFUSALS[reason]
    return SigningRefused(_(message, default=message.default, mapping={"unit": unit}))


def key_material(code, unit):
    """(PKCS#12 bytes, passphrase bytes, public facts) of agency ``code`` for a new signature
    now; SigningRefused when it has none or its certificate is expired, not yet valid or revoked.
    A site with test certificates on gets one made for the agency here."""
    vault = _vault(create=True)
    record = vault["identities"].get(code)
    test_certificates = settings.read(ISigningSettings, PREFIX, "test_certificates")
    if record is None and test_certificates and not deployment.is_production():
        issue_test_identity(code, unit)
        record = vault["identities"][code]
    if record is None:
        raise _refuse("missing", unit)
    facts = public(record)
    state = status(facts)
    if state in REFUSALS:
        raise _refuse(state, unit)
    fernet = _fernet(vault)
    try:
        return fernet.decrypt(record["pkcs12"]), fernet.decrypt(record["passphrase"]), facts
    except InvalidToken:
        # The instance secret changed since the upload: the identity must be uploaded again.
        raise _refuse("missing", unit)


# The test CA (development and test sites only).


def test_ca(create=True):
    """(key PEM, certificate PEM) of the site's test CA, made on first use."""
    vault = _vault(create=create)
    if vault is None:
        return None
    if "ca_certificate" not in vault:
        if not create:
            return None
        key, certificate = testca.new_ca(clock.now())
        vault["ca_key"] = _fernet(vault).encrypt(key)
        vault["ca_certificate"] = certificate
    return _fernet(vault).decrypt(vault["ca_key"]), vault["ca_certificate"]


def crl_url():
    return f"{api.portal.get().absolute_url()}/@@signing-crl"


def issue_test_identity(code, unit, days=testca.CERTIFICATE_DAYS):
    """Make and store a test certificate for agency ``code`` (``days`` < 0: already expired)."""
    key, certificate = test_ca()
    passphrase = secrets.token_urlsafe(16)
    data = testca.agency_pkcs12(
        key, certificate, unit, passphrase.encode("ascii"), clock.now(), crl_url(), days=days
    )
    return save_identity(code, data, passphrase, test=True)


def revoke(code):
    """Revoke agency ``code``'s certificate: its serial joins the CRL; returns the serial."""
    vault = _vault(create=True)
    serial = vault["identities"][code]["serial"]
    vault["revoked"][serial] = clock.now()
    vault["crl_number"] = vault.get("crl_number", 0) + 1
    return serial


def crl():
    """DER of the test CA's current CRL, or None without a test CA."""
    ca = test_ca(create=False)
    if ca is None:
        return None
    vault = _vault()
    return testca.crl(ca[0], ca[1], dict(vault["revoked"]), vault.get("crl_number", 0) + 1, clock.now())


def trusted_certificates():
    """PEM of the CA certificates the portal publishes and trusts: the test CA's, and the issuers
    carried in the uploaded PKCS#12 files."""
    seen, result = set(), []
    ca = test_ca(create=False)
    candidates = [ca[1]] if ca else []
    for record in identities().values():
        candidates.extend(record.get("chain") or ())
    for pem in candidates:
        certificate = x509.load_pem_x509_certificate(pem)
        fingerprint = certificate.fingerprint(hashes.SHA256())
        if fingerprint not in seen:
            seen.add(fingerprint)
            result.append(pem)
    return result

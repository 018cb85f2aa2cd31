"""The test certificate authority of a development site: one CA, one certificate per agency made
when that agency first signs, and the CRL that revokes them (docs/signing.md, "Test certificates").

Every name carries TEST_LABEL so that nobody can take a test signature for the city's. EC P-256
keys: generating one takes a millisecond, so test sites pay nothing for their certificates.
"""

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID
from cryptography.x509.oid import NameOID
from datetime import timedelta

TEST_LABEL = "CHỨNG THƯ THỬ NGHIỆM / TEST CERTIFICATE"
CA_NAME = "CA THỬ NGHIỆM / TEST CA – Đà Nẵng"
CA_YEARS = 10
CERTIFICATE_DAYS = 2 * 365
# Test certificates (and the test CA) are valid from years before they are made: a development
# or test site holds dossiers of earlier years (the 2019 portal, statistics tests in the past),
# whose approval is checked against the certificate at that date.
BACKDATE = timedelta(days=10 * 365)


def _short(value):
    # X.509 names hold at most 64 bytes (UTF-8).
    return value.encode("utf-8")[:64].decode("utf-8", "ignore").strip()


def _name(common_name, unit=None):
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.LOCALITY_NAME, "Đà Nẵng"),
    ]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, _short(unit)))
    attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, TEST_LABEL))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, _short(common_name)))
    return x509.Name(attributes)


def new_ca(moment):
    """(key PEM, certificate PEM) of a fresh test CA valid from ``moment``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(CA_NAME)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(moment - BACKDATE)
        .not_valid_after(moment + timedelta(days=CA_YEARS * 365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _key_pem(key), certificate.public_bytes(serialization.Encoding.PEM)


def _key_pem(key):
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _load(ca_key_pem, ca_cert_pem):
    return (
        serialization.load_pem_private_key(ca_key_pem, password=None),
        x509.load_pem_x509_certificate(ca_cert_pem),
    )


def agency_pkcs12(ca_key_pem, ca_cert_pem, unit, passphrase, moment, crl_url, days=CERTIFICATE_DAYS):
    """PKCS#12 bytes (key, certificate, CA) of a test signing certificate for ``unit``, valid
    ``days`` from ``moment`` (a negative start makes an expired one, for tests)."""
    ca_key, ca_cert = _load(ca_key_pem, ca_cert_pem)
    key = ec.generate_private_key(ec.SECP256R1())
    start, end = (moment - BACKDATE, moment + timedelta(days=days))
    if days < 0:
        start, end = moment + timedelta(days=days * 2), moment + timedelta(days=days)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(f"THỬ NGHIỆM / TEST – {unit}", unit))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
    )
    if crl_url:
        builder = builder.add_extension(
            x509.CRLDistributionPoints(
                [x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)]
            ),
            critical=False,
        )
    certificate = builder.sign(ca_key, hashes.SHA256())
    return pkcs12.serialize_key_and_certificates(
        TEST_LABEL.encode("utf-8"), key, certificate, [ca_cert],
        serialization.BestAvailableEncryption(passphrase),
    )


def crl(ca_key_pem, ca_cert_pem, revoked, number, moment):
    """DER of the CA's CRL listing ``revoked`` ({serial: revocation moment})."""
    ca_key, ca_cert = _load(ca_key_pem, ca_cert_pem)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(moment - timedelta(minutes=5))
        .next_update(moment + timedelta(days=7))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
    )
    for serial, when in sorted(revoked.items()):
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(int(serial)).revocation_date(when).build()
        )
    return builder.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

"""The portal's public address: the one source of every absolute URL that leaves the request.

A request's ``Host`` header is chosen by whoever sends it, so an address built from it
(``absolute_url()``) may only go back to that same sender, in the page it asked for. Anything
that outlives the request or goes to someone else takes its address from here
(docs/security.md, "Addresses that leave the request"):

- ``for_visitor(path)``: addresses the visitor's own browser follows later or elsewhere (the
  payment gateway's return address, the sandbox gateway page): the canonical public URL, else
  (development) the request's address.
- ``for_mail(path)``: links in e-mails and on printed or downloaded documents (look-up and rating
  links, QR codes and verification links of slips and e-receipts): the canonical URL, else the
  instance's own address (deployment.py), else, with a warning, the request's (a test or a
  script without either).
- ``for_server(path)``: addresses a server calls (the sandbox gateway's notification): the
  canonical URL, else the instance's own address; never the request's (``NoServerAddress``).

The canonical URL is the registry record ``danang.portal.site.public_url`` (Site Setup >
"Địa chỉ công khai của cổng", security/controlpanel.py), for example
``https://dichvucong.danang.gov.vn``: scheme and host (and port) only, the address at which the
proxy serves the site itself (a path only when the site is served below the host's root).
"""

from danang.portal import _
from danang.portal import deployment
from danang.portal import settings
from plone import api
from zope import schema
from zope.interface import Interface

import logging
import re
import urllib.parse

logger = logging.getLogger(__name__)

PREFIX = "danang.portal.site"
# A site served below the host's root (https://host/danang): plain segments, nothing else.
SAFE_PATH = re.compile(r"(/[A-Za-z0-9][A-Za-z0-9._~-]*)*/?")


class InvalidPublicURL(schema.ValidationError):
    __doc__ = _(
        "error_public_url",
        default="Địa chỉ công khai phải có dạng https://tên-miền (ví dụ "
        "https://dichvucong.danang.gov.vn, có thể kèm cổng và đường dẫn của cổng dịch vụ công), "
        "không kèm tham số (?), dấu #, khoảng trắng hay tên đăng nhập.",
    )


class NoServerAddress(Exception):
    """Neither the canonical URL nor the instance's own address is configured."""


def normalised(value):
    """``value`` as a canonical public URL (scheme://host[:port][/plain/path], scheme and host in
    lower case, no trailing slash), or InvalidPublicURL.

    >>> normalised(" HTTPS://DichVuCong.DaNang.gov.vn/ ")
    'https://dichvucong.danang.gov.vn'
    >>> normalised("https://dichvucong.danang.gov.vn/danang/")
    'https://dichvucong.danang.gov.vn/danang'
    >>> normalised("https://dichvucong.danang.gov.vn/danang?x=1")
    Traceback (most recent call last):
    ...
    danang.portal.public_url.InvalidPublicURL: ...
    """
    text = (value or "").strip()
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
    except ValueError:
        raise InvalidPublicURL(value) from None
    if (
        parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or parts.username is not None
        or parts.password is not None
        or not SAFE_PATH.fullmatch(parts.path)
        or parts.query
        or parts.fragment
        or "?" in text
        or "#" in text
        or ";" in text
        or any(char.isspace() for char in text)
    ):
        raise InvalidPublicURL(value)
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{host}{f':{port}' if port else ''}{path}"


def _valid(value):
    normalised(value)
    return True


class IPublicAddressSettings(Interface):
    """The address at which citizens reach the portal."""

    public_url = schema.URI(
        title=_("label_public_url", default="Địa chỉ công khai của cổng"),
        description=_(
            "help_public_url",
            default="Địa chỉ người dân dùng để vào cổng, ví dụ https://dichvucong.danang.gov.vn. "
            "Mọi đường dẫn gửi ra ngoài (thư điện tử, mã QR, địa chỉ trả về và địa chỉ nhận thông "
            "báo của cổng thanh toán) đều dùng địa chỉ này, không dùng tên máy trong yêu cầu. Bắt "
            "buộc trên máy chủ chính thức.",
        ),
        required=False,
        constraint=_valid,
    )


def canonical():
    """The configured canonical public URL, or None (not set, or a broken record).

    >>> canonical()  # doctest: +SKIP
    'https://dichvucong.danang.gov.vn'
    """
    value = settings.read(IPublicAddressSettings, PREFIX, "public_url")
    if not value:
        return None
    try:
        return normalised(value)
    except InvalidPublicURL:
        logger.error("%s.public_url is not a valid public address: %r", PREFIX, value)
        return None


def _join(base, path, query=None):
    path = (path or "").lstrip("/")
    url = f"{base}/{path}" if path else base
    return f"{url}?{urllib.parse.urlencode(query)}" if query else url


def _instance_portal_url():
    own = deployment.instance_url()
    if own is None:
        return None
    return own + "/".join(api.portal.get().getPhysicalPath())


def for_visitor(path="", query=None):
    """An address the visitor's browser follows: ``for_visitor("@@ket-qua-thanh-toan/vnpay")``."""
    return _join(canonical() or api.portal.get().absolute_url(), path, query)


def for_mail(path="", query=None):
    """An address written into an e-mail or printed: ``for_mail("@@xac-minh-bien-lai", {"kh": …})``."""
    base = canonical() or _instance_portal_url()
    if base is None:
        base = api.portal.get().absolute_url()
        logger.warning(
            "Neither %s.public_url nor the instance's address (zope.conf) is set: an e-mail "
            "link follows the request (%s)", PREFIX, base,
        )
    return _join(base, path, query)


def for_server(path="", query=None):
    """An address a server calls (never the request's): ``for_server("@@thanh-toan-ipn/sandbox")``."""
    base = canonical() or _instance_portal_url()
    if base is None:
        raise NoServerAddress(
            f"set {PREFIX}.public_url, or instance-url in zope.conf's <product-config danang.portal>"
        )
    return _join(base, path, query)

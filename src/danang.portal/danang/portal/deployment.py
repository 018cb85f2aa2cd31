"""What the instance's own configuration (zope.conf) says about this deployment.

``<product-config danang.portal>`` in zope.conf (instance/zope.conf.in, written by `make
instance`) holds what belongs to the server rather than to the site, so that nobody can change it
through the web (docs/security.md, "Production checklist"):

- ``production on``: the city's servers. The sandbox payment cannot be enabled and is not served
  (payment/sandbox_mode.py). `make start` writes ``off`` unless ``PRODUCTION=1`` is given.
- ``instance-url http://127.0.0.1:8080``: the instance's own listening address, the one address
  the server may call itself at (the sandbox gateway's notification) when the portal's public
  address is not set (public_url.py). `make start` writes it from ``HOST`` and ``PORT``; a host
  listening on every interface (``0.0.0.0``, ``::``) is called on the loopback.
- ``background-jobs on``: this server process runs the background jobs (background/, the
  national portal's delivery: national/worker.py). `make instance` writes it; the test servers'
  configuration has no such line, so no job runs behind a test.
- ``background-lease-seconds 60``: how long a background job's lease lasts (background/lease.py):
  when the instance holding it dies, another takes the job over at most this long (plus one
  round) later. The holder renews it every half lease, one small write each time. Default 60.
"""

from App.config import getConfiguration

import logging
import urllib.parse

logger = logging.getLogger(__name__)

SECTION = "danang.portal"
TRUE = frozenset({"on", "true", "yes", "1"})
# Listening on every interface: the instance answers itself on the loopback.
WILDCARD_HOSTS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}


def _section():
    config = getattr(getConfiguration(), "product_config", None) or {}
    return config.get(SECTION) or {}


def is_production():
    """True when zope.conf marks this instance as the city's production server.

    >>> is_production()  # doctest: +SKIP
    False
    """
    return str(_section().get("production", "")).strip().lower() in TRUE


def runs_background_jobs():
    """True when zope.conf lets this process run the background jobs.

    >>> runs_background_jobs()  # doctest: +SKIP
    True
    """
    return str(_section().get("background-jobs", "")).strip().lower() in TRUE


DEFAULT_LEASE_SECONDS = 60.0
# Below this the holder's renewals (every half lease, between rounds two seconds apart) could miss.
MINIMUM_LEASE_SECONDS = 5.0


def background_lease_seconds():
    """How long a background job's lease lasts, from zope.conf (60 when absent or unreadable).

    >>> background_lease_seconds()  # doctest: +SKIP
    60.0
    """
    value = _section().get("background-lease-seconds", "")
    if str(value).strip() == "":
        return DEFAULT_LEASE_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = None
    if seconds is None or not seconds >= MINIMUM_LEASE_SECONDS:
        logger.warning("zope.conf: background-lease-seconds %r is not a number of seconds >= %s; using %s",
                       value, MINIMUM_LEASE_SECONDS, DEFAULT_LEASE_SECONDS)
        return DEFAULT_LEASE_SECONDS
    return seconds


def instance_url():
    """The instance's own address (``scheme://host:port``, no path), or None when not configured.

    >>> instance_url()  # doctest: +SKIP
    'http://127.0.0.1:8080'
    """
    return own_address(_section().get("instance-url", ""))


def own_address(value):
    """The configured ``instance-url`` as an address to call (None when unusable).

    >>> own_address("http://0.0.0.0:8080/")
    'http://127.0.0.1:8080'
    >>> own_address("http://[::]:8080")
    'http://[::1]:8080'
    >>> own_address("127.0.0.1:8080") is None
    True
    """
    value = str(value or "").strip().rstrip("/")
    if not value:
        return None
    parts = urllib.parse.urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    host = parts.hostname or ""
    host = WILDCARD_HOSTS.get(host, host)
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"

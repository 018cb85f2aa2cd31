"""Sending the outbox's events to the national portal's synchronisation endpoint.

``deliver_due(portal)`` sends the events that are due (outbox.due: in order per dossier), one
HTTP request and one transaction per event: the answer is recorded and committed before the next
event goes. A crash after the portal answered but before the commit leaves the event pending; it
is sent again with the same idempotency key, and a receiver honouring the key does not apply it
twice.

An attempt succeeds when the endpoint answers 2xx with JSON ``{"error_code": 0}``; anything else
(a refusal, a 5xx, a timeout, no connection, no endpoint configured... ) counts as a failure,
retried with exponential back-off and given up after ``max_attempts`` (outbox.failed).
"""

from danang.portal import settings
from danang.portal.national import mapping
from danang.portal.national import outbox
from danang.portal.national import signatures
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX
from ZODB.POSException import ConflictError

import json
import logging
import requests
import urllib.parse

logger = logging.getLogger(__name__)
IDEMPOTENCY_KEY = "Idempotency-Key"


class Connection:
    """The endpoint's settings as read once per round."""

    def __init__(self):
        values = settings.read_all(INationalSettings, PREFIX)
        self.endpoint = (values["endpoint"] or "").strip()
        self.unit_code = values["unit_code"]
        self.secret = values["outbound_secret"] or ""
        self.timeout = values["timeout"]
        self.policy = outbox.Policy(values["max_attempts"], values["first_delay"], values["max_delay"])

    @property
    def configured(self):
        return bool(self.endpoint)


def send(connection, event, session, now):
    """Send one event; None when acknowledged, else the error (text) to record."""
    body = json.dumps(mapping.addressed(event.message, connection.unit_code), ensure_ascii=False).encode("utf-8")
    path = urllib.parse.urlsplit(connection.endpoint).path or "/"
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "Accept": "application/json",
        IDEMPOTENCY_KEY: event.idempotency_key,
        **signatures.signed_headers(connection.secret, "POST", path, body, now),
    }
    try:
        response = session.post(connection.endpoint, data=body, headers=headers, timeout=connection.timeout)
    except requests.RequestException as error:
        return f"{type(error).__name__}: {error}"
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if 200 <= response.status_code < 300 and isinstance(answer, dict) and str(answer.get("error_code")) == "0":
        return None
    detail = answer.get("message") if isinstance(answer, dict) else response.text[:200]
    return f"HTTP {response.status_code}: {detail}"


def deliver_due(portal, transaction_manager, session=None, limit=100, should_stop=None):
    """Send what is due now, committing after each event; the number of events acknowledged."""
    connection = Connection()
    if not connection.configured:
        return 0
    session = session or requests.Session()
    box = outbox.outbox_of(portal, create=False)
    if box is None:
        return 0
    sent = 0
    for event in outbox.due(box, outbox.timestamp(), limit):
        if should_stop is not None and should_stop():
            break
        key = event.key
        error = send(connection, event, session, outbox.timestamp())
        now = outbox.timestamp()
        try:
            event = box.events[key]
            if event.state != outbox.PENDING:
                transaction_manager.abort()
                continue
            if error is None:
                outbox.delivered(box, event, now)
                sent += 1
            else:
                logger.info("National portal: %s of %s failed: %s", event.kind, event.dossier_code, error)
                outbox.failed(box, event, error, now, connection.policy)
            transaction_manager.commit()
        except ConflictError:
            # An administrator retried or discarded it meanwhile: the next round sees their change.
            transaction_manager.abort()
        transaction_manager.begin()
    return sent

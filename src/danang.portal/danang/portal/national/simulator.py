"""A simulator of the national public-services portal, for development and tests (docs/national.md).

It speaks the protocol of the real exchange over HTTP on 127.0.0.1:

- ``POST <sync path>``: the synchronisation endpoint. Checks the signature (signatures.py, with
  the portal's outbound secret) and the message (mapping.MESSAGE_SCHEMA and the record or step
  schema), honours ``Idempotency-Key`` (a key seen before gets the first answer again and is not
  applied twice), and answers ``{"error_code": 0}``; ``fail(count)`` / ``down`` make it answer 503
  on demand.
- ``GET <sync path>/TraCuuHoSo?MaHoSo=...``: what it knows of a dossier (record and steps).
- ``submit(portal_url, dossier)``: a dossier submitted "on the national portal", sent signed (with
  the portal's inbound secret) to the portal's ``@national-dossiers``.

Never on a production instance: worker.py starts it only on a development one, when the site's
``simulator_enabled`` is on (`make start` turns it on, cli/site.py).
"""

from danang.portal import clock
from danang.portal.national import mapping
from danang.portal.national import signatures
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer

import json
import jsonschema
import requests
import threading
import urllib.parse

SCHEMAS = {mapping.SYNC_RECORD: mapping.RECORD_SCHEMA, mapping.SYNC_PROGRESS: mapping.PROGRESS_SCHEMA}
INBOUND_PATH = "@national-dossiers"


class Simulator:
    def __init__(self, receive_secret, send_secret="", path="/dvcqg/api/dong-bo", port=0, window=300):
        self.receive_secret = receive_secret
        self.send_secret = send_secret
        self.path = path
        self.window = window
        self.lock = threading.Lock()
        self.received = []  # every message applied, in arrival order
        self.requests = 0  # every request to the sync endpoint, answered or not
        self.answers = {}  # idempotency key -> (status, answer)
        self.nonces = set()
        self.dossiers = {}  # MaHoSo -> {"record": ..., "steps": [...]}
        self.failures_left = 0
        self.down = False
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="national simulator", daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{self.path}"

    def start(self):
        self.thread.start()
        return self

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def fail(self, count):
        """Answer 503 to the next ``count`` requests of the sync endpoint."""
        with self.lock:
            self.failures_left = count

    def statuses(self, code):
        """The status codes the steps of dossier ``code`` carried, in arrival order."""
        return [int(step["TrangThai"]) for step in self.dossiers.get(code, {}).get("steps", [])]

    # The sync endpoint.

    def handle_sync(self, headers, body):
        with self.lock:
            self.requests += 1
            if self.down or self.failures_left > 0:
                self.failures_left = max(0, self.failures_left - 1)
                return 503, {"error_code": 503, "message": "Hệ thống đang bảo trì"}
        try:
            signatures.verify(self.receive_secret, "POST", self.path, body, headers, _now(), self.window)
        except signatures.SignatureRefused as refused:
            return 401, {"error_code": 401, "message": f"signature {refused.reason}"}
        nonce = headers(signatures.NONCE)
        key = headers("Idempotency-Key")
        with self.lock:
            if nonce in self.nonces:
                return 401, {"error_code": 401, "message": "signature replayed"}
            self.nonces.add(nonce)
            if key and key in self.answers:
                return self.answers[key]
        try:
            message = json.loads(body)
            jsonschema.validate(message, mapping.MESSAGE_SCHEMA)
            jsonschema.validate(message["data"][0], SCHEMAS[message["service"]])
        except (ValueError, jsonschema.ValidationError) as error:
            return 400, {"error_code": 400, "message": f"invalid message: {getattr(error, 'message', error)}"}
        with self.lock:
            self.apply(message)
            answer = (200, {"error_code": 0, "message": "OK"})
            if key:
                self.answers[key] = answer
        return answer

    def apply(self, message):
        self.received.append(message)
        item = message["data"][0]
        dossier = self.dossiers.setdefault(item["MaHoSo"], {"record": {}, "steps": []})
        if message["service"] == mapping.SYNC_RECORD:
            dossier["record"].update(item)
        else:
            dossier["steps"].append(item)

    def lookup(self, code):
        dossier = self.dossiers.get(code)
        if dossier is None:
            return 404, {"error_code": 404, "message": "not found"}
        return 200, {"error_code": 0, "result": [dossier]}

    # Submitting on the national portal.

    def submit(self, portal_url, dossier, secret=None, headers=None, now=None):
        """POST ``dossier`` (mapping.INBOUND_SCHEMA) to the portal, signed; the response."""
        url = f"{portal_url.rstrip('/')}/{INBOUND_PATH}"
        body = json.dumps(dossier, ensure_ascii=False).encode("utf-8")
        path = urllib.parse.urlsplit(url).path
        signed = signatures.signed_headers(
            self.send_secret if secret is None else secret, "POST", path, body, _now() if now is None else now
        )
        return requests.post(
            url,
            data=body,
            headers={"Content-Type": "application/json", "Accept": "application/json", **signed, **(headers or {})},
            timeout=120,
        )


def _now():
    # The portal's clock (tests move it, clock.py): the simulator's clock agrees with the portal's.
    return clock.now().timestamp()


def _handler(simulator):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if urllib.parse.urlsplit(self.path).path != simulator.path:
                return self.answer(404, {"error_code": 404, "message": "not found"})
            status, answer = simulator.handle_sync(self.headers.get, body)
            self.answer(status, answer)

        def do_GET(self):
            parts = urllib.parse.urlsplit(self.path)
            if parts.path != f"{simulator.path}/{mapping.LOOKUP}":
                return self.answer(404, {"error_code": 404, "message": "not found"})
            code = urllib.parse.parse_qs(parts.query).get("MaHoSo", [""])[0]
            with simulator.lock:
                status, answer = simulator.lookup(code)
            self.answer(status, answer)

        def answer(self, status, answer):
            data = json.dumps(answer, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format, *args):
            pass

    return Handler


def serve_for(values):
    """Start a simulator on the address of ``values["endpoint"]`` (the site's settings)."""
    parts = urllib.parse.urlsplit(values["endpoint"])
    if parts.hostname not in ("127.0.0.1", "localhost"):
        raise OSError(f"the simulator listens on 127.0.0.1 only, not {parts.hostname}")
    simulator = Simulator(
        values["outbound_secret"] or "",
        values["inbound_secret"] or "",
        path=parts.path or "/",
        port=parts.port or 80,
        window=values["replay_window"],
    )
    return simulator.start()

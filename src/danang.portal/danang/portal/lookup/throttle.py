"""Slow down guessing: count each client's failed look-ups and refuse it for a while after N.

Kept in memory, per process, on purpose: the counts are short-lived (one window), writing them to
the ZODB would make every failed guess a transaction, and losing them at a restart is harmless.
With several Zope processes behind a load balancer each counts alone, so a client gets at most
N failures per process and window (set N accordingly).

A success does not clear the count: otherwise an attacker holding one real dossier could
interleave it with guesses.
"""

from collections import deque
from danang.portal import settings
from danang.portal.lookup.settings import ILookupSettings
from danang.portal.lookup.settings import PREFIX
from plone import api

import math
import threading
import time

# Bound on the memory used: beyond this many clients, those seen longest ago are forgotten.
MAX_CLIENTS = 50_000


class FailureThrottle:
    """Failure times per client key in a sliding window, thread-safe."""

    def __init__(self, max_clients=MAX_CLIENTS, clock=time.monotonic):
        self._failures = {}
        self._lock = threading.Lock()
        self.max_clients = max_clients
        self.clock = clock

    def _recent(self, key, window, now):
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - window:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times

    def retry_after(self, key, limit, window):
        """Seconds the client must wait before its next look-up (0: it may go on)."""
        now = self.clock()
        with self._lock:
            times = self._recent(key, window, now)
            if times is None or len(times) < limit:
                return 0
            # Free again when the oldest failure that counts leaves the window.
            return max(1, math.ceil(times[-limit] + window - now))

    def record_failure(self, key, limit, window):
        now = self.clock()
        with self._lock:
            times = self._recent(key, window, now)
            if times is None:
                if len(self._failures) >= self.max_clients:
                    self._forget(window, now)
                times = self._failures[key] = deque(maxlen=limit)
            elif times.maxlen != limit:
                # The limit was changed in the registry: keep the recent failures.
                times = self._failures[key] = deque(times, maxlen=limit)
            times.append(now)

    def _forget(self, window, now):
        for key in list(self._failures):
            self._recent(key, window, now)
        while len(self._failures) >= self.max_clients:
            del self._failures[next(iter(self._failures))]

    def reset(self):
        with self._lock:
            self._failures.clear()


THROTTLE = FailureThrottle()


def client_address(request):
    """The client's address: the connection's (or what zope.conf's trusted-proxy allows), or,
    when the registry says N proxies stand in front of the portal, the Nth from the end of
    X-Forwarded-For. A client can prepend anything to that header, never append."""
    hops = settings.read(ILookupSettings, PREFIX, "trusted_proxies") or 0
    if hops > 0:
        forwarded = [part.strip() for part in (request.getHeader("X-Forwarded-For") or "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.getClientAddr() or "unknown"


def client_key(request):
    return f"{api.portal.get().getId()}|{client_address(request)}"


class Throttled(Exception):
    """The client failed too often; ``retry_after`` in seconds."""

    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = retry_after


def check(request):
    """Raise Throttled when the requesting client must wait."""
    wait = THROTTLE.retry_after(client_key(request), settings.read(ILookupSettings, PREFIX, "max_failures"), settings.read(ILookupSettings, PREFIX, "window"))
    if wait:
        raise Throttled(wait)


def fail(request):
    THROTTLE.record_failure(client_key(request), settings.read(ILookupSettings, PREFIX, "max_failures"), settings.read(ILookupSettings, PREFIX, "window"))

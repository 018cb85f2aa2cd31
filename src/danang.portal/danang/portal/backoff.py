"""Growing delays after failures (the login throttle, security/login_throttle.py, and the
look-up throttle, lookup/throttle.py): the guesser waits longer after each miss, nobody is blocked.

A key (an account, an address, a dossier code) gets ``free`` failures; after that each further
attempt must wait ``base * 2**(failures - free)`` seconds after the last failure, never more
than ``cap``. Attempts made while waiting are refused without being checked and are not
counted, so hammering does not lengthen the wait: a real user is kept out at most ``cap``
seconds, a guesser gets about one try per ``cap``. Failures are forgotten ``forget_after``
seconds after the last one, or on a success when the policy says so.

Kept in memory, per process (see docs/security.md): the counts are short-lived, writing them to
the ZODB would make every failed guess a transaction, and losing them at a restart is harmless.
"""

from dataclasses import dataclass

import math
import threading
import time

# Bound on the memory used: beyond this many keys, those failed longest ago are forgotten.
MAX_KEYS = 100_000


@dataclass(frozen=True)
class Policy:
    free: int
    base: float
    cap: float
    forget_after: float

    def delay(self, failures):
        """Seconds to wait after the last of ``failures`` failures before the next attempt."""
        if failures < self.free:
            return 0.0
        # 2**60 already exceeds any cap: keep the exponent bounded.
        return min(self.cap, self.base * 2 ** min(failures - self.free, 60))


class Backoff:
    """Failure counts with growing delays per key, thread-safe."""

    def __init__(self, max_keys=MAX_KEYS, clock=time.monotonic):
        self._state = {}  # key -> (failures, time of the last failure)
        self._lock = threading.Lock()
        self.max_keys = max_keys
        self.clock = clock

    def _current(self, key, policy, now):
        state = self._state.get(key)
        if state is not None and now - state[1] >= policy.forget_after:
            del self._state[key]
            return None
        return state

    def wait(self, key, policy):
        """Whole seconds the key must still wait before its next attempt (0: it may go on)."""
        now = self.clock()
        with self._lock:
            state = self._current(key, policy, now)
            if state is None:
                return 0
            failures, last = state
            remaining = last + policy.delay(failures) - now
            return math.ceil(remaining) if remaining > 0 else 0

    def failures(self, key, policy):
        with self._lock:
            state = self._current(key, policy, self.clock())
            return state[0] if state else 0

    def fail(self, key, policy, skip_free=False):
        """Count a failure; returns the number of failures now counted for the key.

        ``skip_free``: the failure uses up the key's free failures at once (its next attempt
        waits), for a failure made under suspicion.
        """
        now = self.clock()
        with self._lock:
            state = self._current(key, policy, now)
            if state is None and len(self._state) >= self.max_keys:
                self._forget_oldest()
            failures = (state[0] if state else 0) + 1
            if skip_free:
                failures = max(failures, policy.free)
            self._state.pop(key, None)
            self._state[key] = (failures, now)
            return failures

    def succeed(self, key):
        with self._lock:
            self._state.pop(key, None)

    def _forget_oldest(self):
        # Dicts keep insertion order, and a failure re-inserts its key: the first are the oldest.
        for key in list(self._state)[: max(1, self.max_keys // 10)]:
            del self._state[key]

    def reset(self):
        with self._lock:
            self._state.clear()

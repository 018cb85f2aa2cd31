"""Short pauses between the publisher's conflict retries.

ZPublisher sleeps ``uniform(0, 2 ** n)`` seconds before the n-th retry of a request that hit a
ConflictError, so that ten retries could keep a request waiting for minutes while holding
a worker thread. The portal's remaining conflicts are rare and brief (dossier codes do not
conflict: dossier/sequence_counters.py), so a pause of a few tens of milliseconds, doubling and at
most ``MAX_DELAY``, is enough to let the other transaction finish.
"""

from ZPublisher.HTTPRequest import HTTPRequest

import random
import time

FIRST_DELAY = 0.02
MAX_DELAY = 0.1


def delay(retry_count):
    """The longest pause (seconds) before retry number ``retry_count`` (0 for the first)."""
    return min(MAX_DELAY, FIRST_DELAY * 2**retry_count)


def delay_retry(self):
    time.sleep(random.uniform(0, delay(self.retry_count)))


def apply():
    HTTPRequest.delay_retry = delay_retry

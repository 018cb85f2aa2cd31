"""`make start`: serve the instance as ``runwsgi`` does, and stop it cleanly on SIGTERM too.

``runwsgi`` closes the databases it opened when interrupted (Ctrl-C, SIGINT): closing a
FileStorage writes its index (``Data.fs.index``), so the next start reads the index instead of
scanning the file. SIGTERM (``make stop``, service managers, container runtimes) would end the
process without that; here it interrupts the server the same way. Either signal first lets the
outbox (outbox.py) finish its queue while the databases are still open: the slips waiting for
their signature are signed and the mails sent (a slip it cannot finish in ``DRAIN`` seconds is
signed after the next start: acknowledgement/signed_slip.py).
"""

from danang.portal import outbox
from Zope2.Startup import serve

import signal
import sys

# Seconds a stop waits for the outbox (make stop waits 60 s for the process).
DRAIN = 30


def _interrupt(signum, frame):
    outbox.OUTBOX.wait_sent(DRAIN)
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv=None):
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    return serve.main(argv or sys.argv)


if __name__ == "__main__":
    sys.exit(main())

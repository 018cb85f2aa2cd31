"""`make start`: serve the instance as ``runwsgi`` does, and stop it cleanly on SIGTERM too.

``runwsgi`` closes the databases it opened when interrupted (Ctrl-C, SIGINT): closing a
FileStorage writes its index (``Data.fs.index``), so the next start reads the index instead of
scanning the file. SIGTERM (``make stop``, service managers, container runtimes) would end the
process without that; here it interrupts the server the same way.
"""

from Zope2.Startup import serve

import signal
import sys


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv=None):
    signal.signal(signal.SIGTERM, _interrupt)
    return serve.main(argv or sys.argv)


if __name__ == "__main__":
    sys.exit(main())

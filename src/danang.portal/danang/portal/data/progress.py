"""A one-line progress bar on stderr (no dependency): `Thủ tục  [#####.....]  812/1580  51%  12 s`."""

import sys
import time


class ProgressBar:
    WIDTH = 30

    def __init__(self, label, total, enabled=True, stream=None):
        self.label = label
        self.total = total
        self.enabled = enabled and total > 0
        self.stream = stream or sys.stderr
        self.done = 0
        self.started = time.monotonic()
        self._drawn = -1

    def advance(self, step=1):
        self.done += step
        if not self.enabled:
            return
        percent = self.done * 100 // self.total
        # Redraw only when the percentage changes: 1,600 writes to a terminal would cost more than the
        # work they report on.
        if percent != self._drawn or self.done == self.total:
            self._drawn = percent
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            elapsed = time.monotonic() - self.started
            self.stream.write(
                f"\r{self.label:<10} [{bar}] {self.done:>5}/{self.total:<5} {percent:>3}%  {elapsed:5.0f} s"
            )
            self.stream.flush()

    def finish(self):
        if self.enabled and self._drawn >= 0:
            self.stream.write("\n")
            self.stream.flush()

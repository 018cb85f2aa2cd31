"""Timing shared by the benchmarks: warm up, then median and 95th percentile in milliseconds."""

import statistics
import time

WARM_UP_RUNS = 3


def measure(function, runs):
    """(median, p95) of `runs` calls of `function`, in ms, after a few unmeasured warm-up calls."""
    for _ in range(WARM_UP_RUNS):
        function()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]

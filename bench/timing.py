"""Timing shared by the benchmarks: warm up, then median and 95th percentile in milliseconds; and
the set-up of a test layer for the benchmarks that drive a test site."""

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


def percentile(samples, share):
    """The value below which ``share`` (0..1) of the samples lie."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def set_up_layer(layer, done):
    """Set up a plone.testing layer and its bases, bases first; ``done`` collects them (tear down
    in reverse)."""
    for base in layer.__bases__:
        set_up_layer(base, done)
    if layer not in done:
        layer.setUp()
        done.append(layer)

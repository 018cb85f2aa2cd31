"""The publisher's pauses between conflict retries stay short."""

from danang.portal.publisher import retry_delay
from pathlib import Path
from ZPublisher.HTTPRequest import HTTPRequest

import re

ZOPE_CONF = Path(__file__).resolve().parents[2] / "instance" / "zope.conf.in"


def test_the_publisher_uses_the_short_delay():
    assert HTTPRequest.delay_retry is retry_delay.delay_retry


def test_all_retries_together_wait_under_a_second():
    retries = int(re.search(r"^max-conflict-retries\s+(\d+)", ZOPE_CONF.read_text(), re.MULTILINE).group(1))
    assert 1 <= retries <= 10
    assert sum(retry_delay.delay(n) for n in range(retries)) < 1
    assert retry_delay.delay(0) == retry_delay.FIRST_DELAY
    assert retry_delay.delay(20) == retry_delay.MAX_DELAY

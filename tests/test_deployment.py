"""zope.conf's ``background-lease-seconds`` (deployment.py): the lease length of the background
jobs, 60 s when absent or unusable; the delivery job takes it."""

from danang.portal import deployment
from danang.portal.national.worker import delivery_job

import logging
import pytest


@pytest.mark.parametrize(("value", "expected"), [
    (None, 60.0), ("", 60.0), ("12", 12.0), (" 7.5 ", 7.5), ("5", 5.0),
    ("4", 60.0), ("-10", 60.0), ("ten", 60.0), ("nan", 60.0),
])
def test_the_lease_length_from_zope_conf(zope_conf, caplog, value, expected):
    zope_conf(**({} if value is None else {"background_lease_seconds": value}))
    with caplog.at_level(logging.WARNING, logger="danang.portal.deployment"):
        assert deployment.background_lease_seconds() == expected
    warned = any("background-lease-seconds" in record.getMessage() for record in caplog.records)
    assert warned == (expected == 60.0 and bool(value and value.strip()))


def test_the_delivery_job_holds_its_lease_that_long(zope_conf):
    zope_conf(background_lease_seconds="12")
    assert delivery_job(db=None).lease_seconds == 12.0

"""Leases of background jobs (background/lease.py): one holder at a time, renewed by writing only
once half of it is used, taken over after expiry."""

from danang.portal.background import lease
from persistent.mapping import PersistentMapping


def test_one_holder_renewal_and_take_over():
    root = PersistentMapping()
    assert lease.acquire(root, "job", "a", 60, now=1000)
    assert not lease.acquire(root, "job", "b", 60, now=1010)
    assert lease.acquire(root, "job", "a", 60, now=1020)
    assert lease.current(root, "job").expires == 1060  # more than half left: not rewritten
    assert lease.acquire(root, "job", "a", 60, now=1040)
    assert lease.current(root, "job").expires == 1100  # renewed
    assert not lease.acquire(root, "job", "b", 60, now=1099)
    assert lease.acquire(root, "job", "b", 60, now=1101)  # expired: taken over
    assert lease.current(root, "job").holder == "b"
    lease.release(root, "job", "a")  # not the holder: nothing changes
    assert not lease.acquire(root, "job", "a", 60, now=1102)
    lease.release(root, "job", "b")
    assert lease.acquire(root, "job", "a", 60, now=1103)

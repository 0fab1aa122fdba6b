"""Arguments to the methods of proxies must be picklable."""

import threading

import pytest

from conformance.marks import spec

GUIDELINES = "multiprocessing.html#all-start-methods"


@spec("proxy.args.picklable", GUIDELINES, api=("managers.BaseProxy",))
def test_an_unpicklable_argument_raises_and_leaves_the_referent_unchanged(mp):
    """Arguments to proxy methods must be picklable: an unpicklable one (a thread lock) raises, and the referent is unchanged."""
    with mp.Manager() as manager:
        l = manager.list(["before"])
        with pytest.raises(Exception):
            l.append(threading.Lock())
        value = l[:]
    assert value == ["before"], f"expected the failed append to leave ['before'], got {value}"

"""Proxies are picklable: passed to another process, they work there on the same referent."""

import os

from conformance.marks import spec
from conformance.spec.channel import Channel
from conformance.spec.managers.servers import MANAGER
from conformance.spec.proxies import targets
from conformance.spec.support import CHILD, WAIT, running

PROXY_OBJECTS = "multiprocessing.html#proxy-objects"


@spec("proxies.pickle.pipe", PROXY_OBJECTS, requires=("processes",), api=("managers.BaseProxy",), needs=CHILD + MANAGER)
def test_a_proxy_sent_pickled_works_in_the_receiving_process(mp):
    """A proxy is picklable: sent pickled to another process (over the suite's channel), it refers to the same referent
    there."""
    with mp.Manager() as manager:
        proxy = manager.list(["parent"])
        with Channel() as ch, running(mp, targets.append_received, ch, "child") as p:
            ch.send(proxy)
            p.join(WAIT)
        value = proxy[:]
    assert p.exitcode == 0, f"expected the child using the received proxy to exit with 0, got exitcode {p.exitcode}"
    assert value == ["parent", "child"], f"expected the child's append to reach the referent: ['parent', 'child'], got {value}"


@spec("proxies.pickle.process_args", PROXY_OBJECTS, requires=("processes",), api=("managers.BaseProxy", "managers.SyncManager"),
      needs=CHILD + MANAGER)
def test_a_proxy_passed_to_a_child_works_there(mp):
    """A proxy passed as a Process argument works in the child, with its manager's address and authkey, for every start method."""
    with mp.managers.SyncManager(authkey=os.urandom(16), ctx=mp.get_context()) as manager:
        proxy = manager.list(["parent"])
        with running(mp, targets.append, proxy, "child") as p:
            p.join(WAIT)
        value = proxy[:]
    assert p.exitcode == 0, f"expected the child using the proxy to exit with 0, got exitcode {p.exitcode}"
    assert value == ["parent", "child"], f"expected the child's append to reach the referent: ['parent', 'child'], got {value}"

"""Proxies are picklable: passed to another process, they work there on the same referent."""

import os

from conformance.marks import spec
from conformance.spec.proxies import targets
from conformance.spec.support import WAIT, running

PROXY_OBJECTS = "multiprocessing.html#proxy-objects"


@spec("proxy.pickle.pipe", PROXY_OBJECTS, requires=("processes",), api=("managers.BaseProxy",))
def test_a_proxy_sent_through_a_pipe_works_in_the_receiving_process(mp):
    """A proxy is picklable: sent through a Pipe to another process, it refers to the same referent there."""
    with mp.Manager() as manager:
        proxy = manager.list(["parent"])
        reader, writer = mp.Pipe(duplex=False)
        try:
            with running(mp, targets.append_received, reader, "child") as p:
                writer.send(proxy)
                p.join(WAIT)
        finally:
            reader.close()
            writer.close()
        value = proxy[:]
    assert p.exitcode == 0, f"expected the child using the received proxy to exit with 0, got exitcode {p.exitcode}"
    assert value == ["parent", "child"], f"expected the child's append to reach the referent: ['parent', 'child'], got {value}"


@spec("proxy.pickle.process_args", PROXY_OBJECTS, requires=("processes",), api=("managers.BaseProxy", "managers.SyncManager"))
def test_a_proxy_passed_to_a_child_works_there(mp):
    """A proxy passed as a Process argument works in the child, with its manager's address and authkey, for every start method."""
    with mp.managers.SyncManager(authkey=os.urandom(16), ctx=mp.get_context()) as manager:
        proxy = manager.list(["parent"])
        with running(mp, targets.append, proxy, "child") as p:
            p.join(WAIT)
        value = proxy[:]
    assert p.exitcode == 0, f"expected the child using the proxy to exit with 0, got exitcode {p.exitcode}"
    assert value == ["parent", "child"], f"expected the child's append to reach the referent: ['parent', 'child'], got {value}"

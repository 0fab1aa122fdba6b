"""multiprocessing.connection.wait(object_list, timeout): which connections, sockets and sentinels are ready."""

import contextlib
import os
import signal
import socket
import threading
import time

from conformance.marks import spec
from conformance.spec.channel import Channel
from conformance.spec.connection import targets
from conformance.spec.calls import Call, timed, within
from conformance.spec.support import BLOCKED, CHILD, LATE, WAIT, running

WAIT_DOC = "multiprocessing.html#multiprocessing.connection.wait"
API = ("connection.wait",)


@spec("connection.wait.returns_ready", WAIT_DOC, api=API)
def test_wait_returns_the_connections_with_data(mp):
    """wait() returns the list of those objects in object_list that are ready."""
    (r1, w1), (r2, w2), (r3, w3) = mp.Pipe(), mp.Pipe(), mp.Pipe()
    try:
        w2.send("data")
        ready = mp.connection.wait([r1, r2, r3], WAIT)
        assert ready == [r2], f"expected [r2], the only connection with data; got {ready!r}"
    finally:  # w1 and w3 stay open until then: a closed one would make its reader ready (end of file)
        for c in (r1, w1, r2, w2, r3, w3):
            c.close()


@spec("connection.wait.timeout", WAIT_DOC, api=API)
def test_wait_with_a_float_timeout_blocks_at_most_that_long(mp):
    """wait(object_list, timeout) blocks at most timeout seconds: [] if nothing became ready, else as soon as one is."""
    r, w = mp.Pipe()
    ready, error = timed(0.3, mp.connection.wait, [r], 0.3)
    if error is not None:
        raise error
    assert ready == [], f"expected wait() to return [] after a 0.3 s timeout with nothing ready; got {ready!r}"
    call = Call(mp.connection.wait, [r], float(WAIT))
    call.assert_blocked()
    w.send("data")
    ready = call.released_by("send()")
    assert ready == [r], f"expected the blocked wait() to return [r] once data was sent; got {ready!r}"


@spec("connection.wait.timeout_none", WAIT_DOC, api=API)
def test_wait_without_timeout_blocks_until_an_object_is_ready(mp):
    """wait(object_list) with timeout None blocks with no time limit until an object is ready."""
    r, w = mp.Pipe()
    call = Call(mp.connection.wait, [r], None)
    call.assert_blocked()
    w.send("data")
    ready = call.released_by("send()")
    assert ready == [r], f"expected the blocked wait() to return [r] once data was sent; got {ready!r}"


@spec("connection.wait.negative_timeout", WAIT_DOC, api=API)
def test_wait_with_a_negative_timeout_is_a_zero_timeout(mp):
    """A negative timeout is equivalent to a zero timeout: wait() returns at once, the ready objects or []."""
    r, w = mp.Pipe()
    ready = Call(mp.connection.wait, [r], -1).value(LATE, "expected wait(timeout=-1) with nothing ready to return at once")
    assert ready == [], f"expected wait(timeout=-1) with nothing ready to return []; got {ready!r}"
    w.send("data")
    ready = mp.connection.wait([r], WAIT)
    assert ready == [r], f"expected wait() to return [r] once data was sent; got {ready!r}"
    ready = within(mp.connection.wait, [r], -1)
    assert ready == [r], f"expected wait(timeout=-1) to return [r], which has data; got {ready!r}"


@spec("connection.wait.accepted_objects", WAIT_DOC, api=API, requires=("processes",), needs=CHILD)
def test_wait_accepts_connections_sockets_and_sentinels(mp):
    """object_list may hold Connections, connected sockets and Process.sentinel values; wait() returns the ready ones."""
    r, w = mp.Pipe()
    s1, s2 = socket.socketpair()
    with Channel() as ch, s1, s2, running(mp, targets.wait_released, ch) as p:
        ch.recv(what="the child's word that it runs")
        try:
            s2.sendall(b"x")
            ready = mp.connection.wait([r, s1, p.sentinel], WAIT)
            assert ready == [s1], f"expected only the socket with data to be ready; got {ready!r}"
            s1.recv(1)
        finally:
            ch.release()
        p.join(WAIT)
        ready = mp.connection.wait([r, s1, p.sentinel], WAIT)
        assert ready == [p.sentinel], f"expected only the sentinel {p.sentinel!r} of the ended child to be ready; got {ready!r}"


@spec("connection.wait.ready_definition", WAIT_DOC, api=API)
def test_a_connection_or_socket_whose_other_end_closed_is_ready(mp):
    """A connection or socket is ready when the other end has been closed, with no data to read."""
    r, w = mp.Pipe()
    w.close()
    ready = mp.connection.wait([r], WAIT)
    assert ready == [r], f"expected the connection whose other end closed to be ready; got {ready!r}"
    s1, s2 = socket.socketpair()
    with s1:
        s2.close()
        ready = mp.connection.wait([s1], WAIT)
        assert ready == [s1], f"expected the socket whose other end closed to be ready; got {ready!r}"


@spec("connection.wait.posix_no_eintr", WAIT_DOC, api=API, platforms=("posix",))
def test_wait_interrupted_by_a_signal_does_not_raise(mp):
    """On Unix, unlike select.select(), wait() does not raise OSError (EINTR) when a signal interrupts it."""
    r, w = mp.Pipe()
    in_wait = threading.Event()
    done = threading.Event()
    handled = []

    def handler(signum, frame):
        if in_wait.is_set():
            handled.append(signum)
            if len(handled) == 2:
                w.send("after two signals")

    def interrupt():
        # To the process, not to threading.get_ident(): under gevent that is a greenlet's id, not a pthread's.
        # Linux hands a signal sent to a process to its main thread first, when it is blocked and has none pending.
        while not done.wait(BLOCKED / 4):
            os.kill(os.getpid(), signal.SIGUSR1)

    previous = signal.signal(signal.SIGUSR1, handler)
    sender = threading.Thread(target=interrupt, daemon=True)
    try:
        sender.start()
        in_wait.set()
        ready = mp.connection.wait([r], WAIT)
    finally:
        done.set()
        sender.join(WAIT)
        signal.signal(signal.SIGUSR1, previous)
    assert ready == [r], f"expected wait() to return [r] after the signals, whose handler sent data; got {ready!r}"


@spec("connection.wait.example_readers", WAIT_DOC, api=API, needs=CHILD)
def test_documented_example_waits_for_messages_from_several_children(mp):
    """In the documented example wait() reports each child's reader ready for each message and at end of file."""
    readers, received = [], []
    with contextlib.ExitStack() as children:
        for name in ("child-0", "child-1"):
            r, w = mp.Pipe(duplex=False)
            readers.append(r)
            children.enter_context(running(mp, targets.send_numbered, w, name, 10))
            w.close()
        deadline = time.monotonic() + WAIT
        while readers:
            left = deadline - time.monotonic()
            assert left > 0, f"expected every reader to reach end of file within {WAIT:g} s; {len(readers)} did not"
            for r in mp.connection.wait(readers, left):
                try:
                    received.append(r.recv())
                except EOFError:
                    readers.remove(r)
    for name in ("child-0", "child-1"):
        got = [i for i, sender in received if sender == name]
        assert got == list(range(10)), f"expected messages 0..9 from {name} in order; got {got}"

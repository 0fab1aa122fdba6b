"""Connection.poll([timeout]): whether data is available, at once, for a bounded time, or until there is."""

from conformance.marks import spec
from conformance.spec.calls import Call, timed, within
from conformance.spec.support import LATE, WAIT

POLL = "multiprocessing.html#multiprocessing.connection.Connection.poll"


@spec("connection.poll.returns_bool", POLL)
def test_poll_returns_whether_data_is_available(mp):
    """poll() returns False when there is nothing to read and True when there is data, until it has been read."""
    r, w = mp.Pipe()
    got = r.poll(0)
    assert got is False, f"expected poll(0) on an empty connection to return False; got {got!r}"
    w.send("data")
    got = r.poll(WAIT)
    assert got is True, f"expected poll({WAIT:g}) to return True once data was sent; got {got!r}"
    within(r.recv)
    got = r.poll(0)
    assert got is False, f"expected poll(0) to return False again after the data was received; got {got!r}"


@spec("connection.poll.no_timeout_immediate", POLL)
def test_poll_without_timeout_returns_at_once(mp):
    """poll() with no timeout returns at once, False when there is nothing to read."""
    r, w = mp.Pipe()
    got = Call(r.poll).value(LATE, "expected poll() on an empty connection to return at once")
    assert got is False, f"expected poll() on an empty connection to return False; got {got!r}"


@spec("connection.poll.timeout_number", POLL)
def test_poll_with_a_number_blocks_at_most_that_long(mp):
    """poll(timeout) blocks at most timeout seconds: False when nothing came, True as soon as data arrives."""
    r, w = mp.Pipe()
    got, error = timed(0.3, r.poll, 0.3)
    if error is not None:
        raise error
    assert got is False, f"expected poll(0.3) on an empty connection to return False; got {got!r}"
    call = Call(r.poll, WAIT)
    call.assert_blocked()
    w.send("data")
    got = call.released_by("send()")
    assert got is True, f"expected the blocked poll({WAIT:g}) to return True when data was sent; got {got!r}"


@spec("connection.poll.timeout_none", POLL)
def test_poll_none_blocks_until_data_arrives(mp):
    """poll(None) blocks with no time limit until data is available."""
    r, w = mp.Pipe()
    call = Call(r.poll, None)
    call.assert_blocked()
    w.send("data")
    got = call.released_by("send()")
    assert got is True, f"expected the blocked poll(None) to return True when data was sent; got {got!r}"


@spec("connection.poll.eof_ready", "multiprocessing.html#multiprocessing.connection.wait")
def test_poll_returns_true_when_the_other_end_closed(mp):
    """A connection whose other end was closed is ready: poll() returns True (and recv() would raise EOFError)."""
    r, w = mp.Pipe()
    w.close()
    got = r.poll(WAIT)
    assert got is True, f"expected poll({WAIT:g}) to return True at end of file; got {got!r}"

"""Connection.recv_bytes([maxlength]): one complete message as bytes, blocking, end of file, length limit."""

from conformance.marks import spec
from conformance.spec.calls import Call, raises, within

RECV_BYTES = "multiprocessing.html#multiprocessing.connection.Connection.recv_bytes"


@spec("connection.recv_bytes.returns", RECV_BYTES)
def test_recv_bytes_returns_the_message_as_bytes(mp):
    """recv_bytes() returns a complete message as bytes, whatever bytes-like object was sent."""
    r, w = mp.Pipe()
    w.send_bytes(bytearray(b"from a bytearray"))
    w.send_bytes(memoryview(b"from a memoryview"))
    for expected in (b"from a bytearray", b"from a memoryview"):
        got = within(r.recv_bytes)
        assert type(got) is bytes and got == expected, f"expected bytes {expected!r}; got {got!r}"


@spec("connection.example.bytes_roundtrip", "multiprocessing.html#connection-objects")
def test_documented_example_send_recv_and_bytes(mp):
    """In the documented example b.recv() gets a.send([1, 'hello', None]) and a.recv_bytes() gets b.send_bytes(b'thank you')."""
    a, b = mp.Pipe()
    a.send([1, "hello", None])
    got = within(b.recv)
    assert got == [1, "hello", None], f"expected b.recv() to give [1, 'hello', None]; got {got!r}"
    b.send_bytes(b"thank you")
    got = within(a.recv_bytes)
    # The repr is the documentation's: its example (Connection Objects) shows `>>> a.recv_bytes()` as b'thank you'.
    assert repr(got) == "b'thank you'", f"expected a.recv_bytes() to give b'thank you'; got {got!r}"


@spec("connection.recv_bytes.blocks", RECV_BYTES)
def test_recv_bytes_blocks_until_a_message_is_sent(mp):
    """recv_bytes() blocks until there is something to receive."""
    r, w = mp.Pipe()
    call = Call(r.recv_bytes)
    call.assert_blocked()
    w.send_bytes(b"now")
    got = call.released_by("send_bytes()")
    assert got == b"now", f"expected the blocked recv_bytes() to return b'now'; got {got!r}"


@spec("connection.recv_bytes.eof", RECV_BYTES)
def test_recv_bytes_raises_eoferror_when_nothing_is_left_and_the_other_end_closed(mp):
    """recv_bytes() raises EOFError when nothing is left to receive and the other end has closed."""
    r, w = mp.Pipe()
    w.send_bytes(b"last")
    w.close()
    got = within(r.recv_bytes)
    assert got == b"last", f"expected the message sent before close() first; got {got!r}"
    raises(EOFError, r.recv_bytes)


@spec("connection.recv_bytes.maxlength", RECV_BYTES)
def test_recv_bytes_raises_oserror_for_a_message_longer_than_maxlength(mp):
    """recv_bytes(maxlength) returns a message of at most maxlength bytes and raises OSError for a longer one."""
    r, w = mp.Pipe()
    w.send_bytes(b"0123456789")
    got = within(r.recv_bytes, 10)
    assert got == b"0123456789", f"expected recv_bytes(10) to return a 10 byte message; got {got!r}"
    w.send_bytes(b"0123456789")
    raises(OSError, r.recv_bytes, 9)


@spec("connection.recv_bytes.maxlength_unreadable", RECV_BYTES)
def test_connection_is_no_longer_readable_after_a_message_over_maxlength(mp):
    """After recv_bytes(maxlength) raised OSError for a longer message, the connection is no longer readable."""
    r, w = mp.Pipe()
    w.send_bytes(b"0123456789")
    w.send_bytes(b"next")
    raises(OSError, r.recv_bytes, 9)
    raises(OSError, r.recv_bytes)

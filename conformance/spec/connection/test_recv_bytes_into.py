"""Connection.recv_bytes_into(buffer[, offset]): a message read into a writable buffer, and BufferTooShort."""

import array

from conformance.marks import spec
from conformance.spec.calls import Call, raises, within

RECV_BYTES_INTO = "multiprocessing.html#multiprocessing.connection.Connection.recv_bytes_into"
API = ("connection.Connection.recv_bytes_into",)


@spec("connection.recv_bytes_into.returns_count", RECV_BYTES_INTO, api=API)
def test_recv_bytes_into_fills_the_buffer_and_returns_the_message_length(mp):
    """recv_bytes_into(buffer) reads a complete message into buffer and returns the number of bytes in it."""
    r, w = mp.Pipe()
    buf = bytearray(b"........")
    w.send_bytes(b"abc")
    count = within(r.recv_bytes_into, buf)
    assert count == 3, f"expected recv_bytes_into() to return 3, the message length; got {count!r}"
    assert buf == b"abc.....", f"expected the buffer to start with the message, bytearray(b'abc.....'); got {buf!r}"


@spec("connection.recv_bytes_into.blocks", RECV_BYTES_INTO, api=API)
def test_recv_bytes_into_blocks_until_a_message_is_sent(mp):
    """recv_bytes_into() blocks until there is something to receive."""
    r, w = mp.Pipe()
    buf = bytearray(8)
    call = Call(r.recv_bytes_into, buf)
    call.assert_blocked()
    w.send_bytes(b"now")
    count = call.released_by("send_bytes()")
    assert (count, bytes(buf[:3])) == (3, b"now"), f"expected 3 bytes b'now' received; got {count!r} and {buf!r}"


@spec("connection.recv_bytes_into.eof", RECV_BYTES_INTO, api=API)
def test_recv_bytes_into_raises_eoferror_when_nothing_is_left_and_the_other_end_closed(mp):
    """recv_bytes_into() raises EOFError when nothing is left to receive and the other end was closed."""
    r, w = mp.Pipe()
    buf = bytearray(8)
    w.send_bytes(b"last")
    w.close()
    count = within(r.recv_bytes_into, buf)
    assert count == 4, f"expected the 4 byte message sent before close() first; got a count of {count!r}"
    raises(EOFError, r.recv_bytes_into, buf)


@spec("connection.recv_bytes_into.writable_buffer", RECV_BYTES_INTO, api=API)
def test_recv_bytes_into_accepts_writable_bytes_like_objects(mp):
    """buffer may be any writable bytes-like object: a bytearray, an array.array, a writable memoryview."""
    r, w = mp.Pipe()
    message = array.array("i", [7, -8]).tobytes()
    for buf in (bytearray(len(message)), array.array("i", [0, 0]), memoryview(bytearray(len(message)))):
        w.send_bytes(message)
        count = within(r.recv_bytes_into, buf)
        got = bytes(buf) if not isinstance(buf, array.array) else buf.tobytes()
        assert (count, got) == (len(message), message), (
            f"expected {type(buf).__name__} to receive {message!r}; got a count of {count!r} and {got!r}")


@spec("connection.recv_bytes_into.offset", RECV_BYTES_INTO, api=API)
def test_recv_bytes_into_writes_from_offset_in_bytes(mp):
    """recv_bytes_into(buffer, offset) writes the message into buffer from byte position offset."""
    r, w = mp.Pipe()
    buf = bytearray(b"........")
    w.send_bytes(b"ab")
    count = within(r.recv_bytes_into, buf, 3)
    assert (count, buf) == (2, b"...ab..."), f"expected 2 and bytearray(b'...ab...'); got {count!r} and {buf!r}"
    ints = array.array("i", [0, 0, 0])
    w.send_bytes(array.array("i", [7]).tobytes())
    within(r.recv_bytes_into, ints, ints.itemsize)
    assert ints.tolist() == [0, 7, 0], f"expected offset {ints.itemsize} (bytes) to fill item 1: [0, 7, 0]; got {ints.tolist()}"


@spec("connection.recv_bytes_into.offset_range", RECV_BYTES_INTO, api=API)
def test_recv_bytes_into_with_negative_or_too_large_offset_raises_valueerror(mp):
    """recv_bytes_into() raises ValueError for a negative offset or one beyond the buffer's length in bytes."""
    r, w = mp.Pipe()
    w.send_bytes(b"x")
    raises(ValueError, r.recv_bytes_into, bytearray(4), -1)
    raises(ValueError, r.recv_bytes_into, bytearray(4), 5)
    raises(ValueError, r.recv_bytes_into, array.array("i", [0, 0]), 9)


@spec("connection.recv_bytes_into.too_short", RECV_BYTES_INTO, api=API + ("BufferTooShort",))
def test_recv_bytes_into_a_short_buffer_raises_buffertooshort_with_the_message(mp):
    """If the message does not fit, recv_bytes_into() raises BufferTooShort whose args[0] is the whole message as bytes."""
    r, w = mp.Pipe()
    for buf, offset in ((bytearray(3), 0), (bytearray(8), 4)):
        w.send_bytes(b"too long")
        e = raises(mp.BufferTooShort, r.recv_bytes_into, buf, offset)
        message = e.args[0] if e.args else None
        assert type(message) is bytes and message == b"too long", (
            f"expected args[0] to be the message b'too long'; got {message!r}")


@spec("connection.recv_bytes_into.example", "multiprocessing.html#connection-objects", api=API)
def test_documented_example_array_into_array(mp):
    """In the documented example array('i', range(5)) received into array('i', [0] * 10) gives a count of 20 and fills 5 items."""
    a, b = mp.Pipe()
    arr1 = array.array("i", range(5))
    arr2 = array.array("i", [0] * 10)
    a.send_bytes(arr1)
    count = within(b.recv_bytes_into, arr2)
    assert count == len(arr1) * arr1.itemsize, f"expected a count of {len(arr1) * arr1.itemsize}; got {count!r}"
    expected = array.array("i", [0, 1, 2, 3, 4, 0, 0, 0, 0, 0])
    assert arr2 == expected, f"expected {expected!r}; got {arr2!r}"

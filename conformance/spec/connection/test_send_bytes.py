"""Connection.send_bytes(buffer[, offset[, size]]): bytes-like objects as complete messages."""

import array

from conformance.marks import spec
from conformance.spec.connection import targets
from conformance.spec.calls import Call, raises, within

SEND_BYTES = "multiprocessing.html#multiprocessing.connection.Connection.send_bytes"


@spec("connection.send_bytes.complete_message", SEND_BYTES)
def test_send_bytes_sends_any_bytes_like_object_as_one_message(mp):
    """send_bytes() sends the bytes of a bytes-like object (bytes, bytearray, memoryview, array) as one message."""
    r, w = mp.Pipe()
    buffers = [b"bytes", bytearray(b"bytearray"), memoryview(b"memoryview"), array.array("i", [1, -2, 3])]
    for buf in buffers:
        w.send_bytes(buf)
    for buf in buffers:
        got = within(r.recv_bytes)
        assert got == bytes(buf), f"expected the message {bytes(buf)!r} from {buf!r}; got {got!r}"


@spec("connection.send_bytes.offset_size", SEND_BYTES)
def test_send_bytes_sends_size_bytes_from_offset(mp):
    """send_bytes(buffer, offset, size) sends size bytes read from position offset (by default, all that follow)."""
    r, w = mp.Pipe()
    cases = [((b"abcdef", 2), b"cdef"), ((b"abcdef", 1, 3), b"bcd"), ((b"abcdef", 0, 2), b"ab")]
    for args, _ in cases:
        w.send_bytes(*args)
    for args, expected in cases:
        got = within(r.recv_bytes)
        assert got == expected, f"expected send_bytes{args!r} to send {expected!r}; got {got!r}"


@spec("connection.send_bytes.offset_out_of_range", SEND_BYTES)
def test_send_bytes_with_offset_or_size_outside_the_buffer_raises_valueerror(mp):
    """send_bytes() raises ValueError for a negative offset or size, or one reaching past the end of the buffer."""
    r, w = mp.Pipe()
    for args in [(b"abc", -1), (b"abc", 4), (b"abc", 0, -1), (b"abc", 1, 3)]:
        try:
            w.send_bytes(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected send_bytes{args!r} to raise ValueError; it sent {within(r.recv_bytes)!r}")


@spec("connection.send_bytes.huge_valueerror", SEND_BYTES)
def test_send_bytes_over_32_mib_delivers_or_raises_valueerror(mp):
    """A buffer over 32 MiB is either received intact or send_bytes() raises ValueError (it depends on the OS)."""
    r, w = mp.Pipe()
    payload = bytes(range(256)) * (33 * 4096)
    sender = Call(targets.send_or_close, w.send_bytes, w, payload)
    try:
        got = within(r.recv_bytes)
    except EOFError:
        raises(ValueError, sender.result)
        return
    sender.result()
    assert got == payload, f"expected the {len(payload)} byte message intact; got {len(got)} bytes"

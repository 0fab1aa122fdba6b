"""Connection.send() and recv(): picklable objects, blocking, end of file, and messages over 32 MiB."""

import pickle

from conformance.marks import spec
from conformance.spec.connection import targets
from conformance.spec.calls import Call, raises, within
from conformance.spec.support import CHILD, WAIT, running

SEND = "multiprocessing.html#multiprocessing.connection.Connection.send"
RECV = "multiprocessing.html#multiprocessing.connection.Connection.recv"
VALUES = [
    None, True, 0, -(2 ** 100), 1.5, complex(1, -2), "text \u2713", b"\x00bytes", bytearray(b"mutable"),
    (1, (2, "three")), [1, [2, [3]]], {"key": {1, 2}}, frozenset({4}), range(3),
]


@spec("connection.send.pickles", SEND)
def test_recv_returns_the_object_recreated_from_its_pickle(mp):
    """send() pickles the object and recv() returns the object re-created by unpickling it."""
    r, w = mp.Pipe()
    w.send(targets.Reduced(7))
    got = within(r.recv)
    assert got == targets.rebuilt(7), f"expected what unpickling gives, {targets.rebuilt(7)!r}; got {got!r}"


@spec("connection.send.to_other_end", SEND, needs=CHILD)
def test_objects_cross_between_parent_and_child(mp):
    """An object sent on one end is received on the other end, from parent to child and back."""
    parent_end, child_end = mp.Pipe(duplex=True)
    obj = {"from": "parent", "items": [1, 2.5, "three"]}
    parent_end.send(obj)
    with running(mp, targets.echo, child_end) as p:
        p.join(WAIT)
        got = within(parent_end.recv)
    assert got == obj, f"expected the child to receive and send back {obj!r}; the parent got {got!r}"


@spec("connection.recv.returns_sent", RECV)
def test_recv_returns_each_object_sent(mp):
    """recv() returns, in order, an equal object of the same type for each picklable object sent."""
    r, w = mp.Pipe()
    for value in VALUES:
        w.send(value)
    for value in VALUES:
        got = within(r.recv)
        assert type(got) is type(value) and got == value, f"expected {value!r}; got {got!r}"


@spec("connection.messages.boundaries", "multiprocessing.html#connection-objects")
def test_messages_keep_their_boundaries(mp):
    """Connections are message oriented: each message sent, even an empty one, is received whole and separately."""
    r, w = mp.Pipe()
    messages = [b"a", b"", b"bc" * 1000, b"d"]
    for message in messages:
        w.send_bytes(message)
    for i, message in enumerate(messages):
        got = within(r.recv_bytes)
        assert got == message, f"expected message {i} to be {len(message)} bytes long; got {len(got)} bytes"


@spec("connection.send.must_be_picklable", SEND)
def test_send_of_an_unpicklable_object_raises(mp):
    """The object passed to send() must be picklable: sending an unpicklable one raises the pickling error."""
    r, w = mp.Pipe()
    raises((pickle.PicklingError, TypeError, AttributeError), w.send, lambda: None)


@spec("connection.send.huge_valueerror", SEND, needs=("connection.recv.blocks",))  # recv() waits for the sender's thread
def test_send_over_32_mib_delivers_or_raises_valueerror(mp):
    """A pickle over 32 MiB is either received intact or send() raises ValueError (it depends on the OS)."""
    r, w = mp.Pipe()
    payload = bytes(range(256)) * (33 * 4096)
    sender = Call(targets.send_or_close, w.send, w, payload)
    try:
        got = within(r.recv)
    except EOFError:
        raises(ValueError, sender.result)
        return
    sender.result()
    assert got == payload, f"expected the {len(payload)} byte object intact; got a {type(got).__name__} of length {len(got)}"


@spec("connection.recv.blocks", RECV)
def test_recv_blocks_until_something_is_sent(mp):
    """recv() blocks until there is something to receive."""
    r, w = mp.Pipe()
    call = Call(r.recv)
    call.assert_blocked()
    w.send("now")
    got = call.released_by("send()")
    assert got == "now", f"expected the blocked recv() to return 'now'; got {got!r}"


@spec("connection.recv.eof", RECV)
def test_recv_raises_eoferror_when_nothing_is_left_and_the_other_end_closed(mp):
    """recv() raises EOFError when nothing is left to receive and the other end was closed."""
    r, w = mp.Pipe()
    w.send("last")
    w.close()
    got = within(r.recv)
    assert got == "last", f"expected the message sent before close() first; got {got!r}"
    raises(EOFError, r.recv)


@spec("connection.recv.eof_child_exit", RECV, requires=("processes",), needs=CHILD)
def test_recv_raises_eoferror_when_the_child_holding_the_other_end_exits(mp):
    """recv() raises EOFError when the only other end was closed by the child process holding it exiting."""
    r, w = mp.Pipe()
    with running(mp, targets.exit_holding, w) as p:
        w.close()
        p.join(WAIT)
        assert not p.is_alive(), f"expected the child to exit within {WAIT:g} s; it is still alive"
        raises(EOFError, r.recv)

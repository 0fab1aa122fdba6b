"""Process.authkey: the authentication key, a byte string inherited from the parent."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.support import CHILD

DOC = "multiprocessing.html#multiprocessing.Process.authkey"


def _authkey_seen_by_child(p, ch):
    p.start()
    try:
        return ch.recv(what="the child's authkey")
    finally:
        support.reap(p)


@spec("process.authkey.bytes", DOC, api=("current_process", "Process.authkey"))
def test_authkey_is_a_byte_string(mp):
    """The authentication key is a byte string."""
    key = mp.current_process().authkey
    assert isinstance(key, bytes), f"expected the main process's authkey to be bytes, got {type(key).__name__}"
    key = mp.Process(target=targets.noop).authkey
    assert isinstance(key, bytes), f"expected a Process's authkey to be bytes, got {type(key).__name__}"


@spec("process.authkey.inherited", DOC, requires=("processes",), needs=CHILD)
def test_authkey_is_inherited_and_can_be_changed(mp):
    """A new Process inherits its parent's authentication key, which can be changed by setting authkey."""
    parent_key = bytes(mp.current_process().authkey)
    with Channel() as ch:
        p = mp.Process(target=targets.send_authkey, args=(ch, mp))
        assert bytes(p.authkey) == parent_key, "expected a new Process to have its parent's authkey, it has another"
        seen = _authkey_seen_by_child(p, ch)
        assert seen == parent_key, "expected the child's current_process().authkey to be its parent's, it is another"

        other_key = bytes(reversed(parent_key)) + b"-changed"
        p = mp.Process(target=targets.send_authkey, args=(ch, mp))
        p.authkey = other_key
        assert bytes(p.authkey) == other_key, f"expected authkey {other_key!r} after setting it, got {bytes(p.authkey)!r}"
        seen = _authkey_seen_by_child(p, ch)
        assert seen == other_key, f"expected the child to have the authkey set before start(), {other_key!r}, got {seen!r}"

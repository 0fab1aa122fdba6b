"""The authkey of Listener and Client: no authentication without one, HMAC authentication with one, both ends checked."""

import os
import socket

from conformance.marks import spec
from conformance.spec.calls import Call, raises, within
from conformance.spec.listener import targets
from conformance.spec.listener.endpoints import LOOPBACK, assert_connected, assert_raises, connect
from conformance.spec.support import CHILD, WAIT, running

LISTENER = "multiprocessing.html#multiprocessing.connection.Listener"
CLIENT = "multiprocessing.html#multiprocessing.connection.Client"
KEYS = "multiprocessing.html#multiprocessing-auth-keys"
API = ("connection.Listener", "connection.Client")
AUTH_API = API + ("AuthenticationError",)


def _assert_nothing_received(sock):
    sock.setblocking(False)
    try:
        data = sock.recv(1)
    except BlockingIOError:
        return
    raise AssertionError(f"expected nothing to be sent without an authkey; received {data!r}")


@spec("listener.listener.authkey_none_no_auth", LISTENER, api=API)
def test_listener_without_authkey_does_not_authenticate(mp):
    """A Listener with authkey None does no authentication: accept() returns for a client that sends nothing, and sends it nothing."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        with socket.create_connection(listener.address, timeout=WAIT) as peer, within(listener.accept):
            _assert_nothing_received(peer)


@spec("listener.client.authkey_none_no_auth", CLIENT, api=API)
def test_client_without_authkey_does_not_authenticate(mp):
    """Client() with authkey None does no authentication: it returns without the listener sending anything, and sends nothing."""
    with socket.socket(socket.AF_INET) as server:
        server.bind(LOOPBACK)
        server.listen(1)
        with within(mp.connection.Client, server.getsockname(), "AF_INET"):
            server.settimeout(WAIT)
            peer, _ = server.accept()
            with peer:
                _assert_nothing_received(peer)


@spec("listener.listener.authkey", LISTENER, api=AUTH_API)
def test_listener_with_authkey_refuses_a_client_without_one(mp):
    """A Listener with an authkey runs an HMAC challenge: accept() raises AuthenticationError if the reply is not the digest."""
    with mp.connection.Listener(LOOPBACK, "AF_INET", authkey=os.urandom(32)) as listener:
        client = Call(mp.connection.Client, listener.address, "AF_INET")
        accept = Call(listener.accept)
        with client.result() as conn:
            conn.send_bytes(b"a reply that is not the digest")
            assert_raises(mp.AuthenticationError, accept)


@spec("listener.client.authkey_fail", CLIENT, api=AUTH_API + ("connection.deliver_challenge",))
def test_client_with_authkey_raises_when_its_answer_is_rejected(mp):
    """A Client with an authkey answers the listener's HMAC challenge with it; AuthenticationError if the answer is rejected."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        client = Call(mp.connection.Client, listener.address, "AF_INET", b"the client's key")
        with within(listener.accept) as server:
            raises(mp.AuthenticationError, mp.connection.deliver_challenge, server, b"the listener's key")
            assert_raises(mp.AuthenticationError, client)


@spec("listener.authentication.authkey.mismatch", KEYS, api=AUTH_API)
def test_different_authkeys_raise_authentication_error_on_both_ends(mp):
    """A Client and a Listener with different authkeys fail to connect: both raise AuthenticationError."""
    with mp.connection.Listener(LOOPBACK, "AF_INET", authkey=b"listener's key") as listener:
        client = Call(mp.connection.Client, listener.address, "AF_INET", b"client's key")
        raises(mp.AuthenticationError, listener.accept)
        assert_raises(mp.AuthenticationError, client)


@spec("listener.authentication.authkey.urandom", KEYS, api=AUTH_API)
def test_a_shared_urandom_key_authenticates(mp):
    """A key from os.urandom() is a suitable authkey: a Client and a Listener sharing it connect."""
    key = os.urandom(32)
    with mp.connection.Listener(LOOPBACK, "AF_INET", authkey=key) as listener:
        client, server = connect(mp, listener, listener.address, "AF_INET", key)
        with client, server:
            assert_connected(client, server)


@spec("listener.authentication.authkey.both_ends_demand_proof", KEYS, api=AUTH_API + ("connection.deliver_challenge",))
def test_client_demands_proof_after_giving_its_own(mp):
    """Both ends demand proof: a Client whose answer was accepted still raises AuthenticationError if the listener cannot prove the key."""
    key = os.urandom(32)
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        client = Call(mp.connection.Client, listener.address, "AF_INET", key)
        with within(listener.accept) as server:
            within(mp.connection.deliver_challenge, server, key)
            within(server.recv_bytes)
            server.send_bytes(b"not the digest of the client's challenge")
            assert_raises(mp.AuthenticationError, client)


@spec("listener.authentication.authkey.bytes_only", KEYS, api=API)
def test_authkey_must_be_bytes(mp):
    """An authkey must be bytes: Listener() and Client() raise TypeError for a str key."""
    key = b"a bytes key"
    with mp.connection.Listener(LOOPBACK, "AF_INET", 1, key) as listener:
        client, server = connect(mp, listener, listener.address, "AF_INET", key)
        client.close()
        server.close()
        raises(TypeError, mp.connection.Listener, LOOPBACK, "AF_INET", 1, "a str key")
        raises(TypeError, mp.connection.Client, listener.address, "AF_INET", "a str key")


@spec("listener.authentication.authkey.shared_by_default", KEYS, requires=("processes",), api=AUTH_API + ("current_process",),
      needs=CHILD)
def test_a_child_authenticates_with_its_inherited_authkey(mp):
    """Children inherit current_process().authkey, so a child's Client authenticates to a Listener using the parent's key."""
    with mp.connection.Listener(LOOPBACK, "AF_INET", authkey=mp.current_process().authkey) as listener:
        with running(mp, targets.send_with_own_authkey, mp, listener.address, "authenticated"):
            try:
                conn = within(listener.accept)
            except mp.AuthenticationError as e:
                raise AssertionError(f"expected the child's inherited authkey to authenticate; accept() raised {e!r}") from e
            with conn:
                got = within(conn.recv)
                assert got == "authenticated", f"expected 'authenticated' from the child; got {got!r}"


def _received_from_child_with_another_key(mp, target, channel, receive):
    """Start target(mp, key, channel) in a child that takes a fresh random authkey; assert receive() gives that key."""
    key = os.urandom(32)
    assert key != mp.current_process().authkey, "expected a fresh random key to differ from this process's authkey"
    with running(mp, target, mp, key, channel):
        try:
            got = within(receive)
        except mp.AuthenticationError as e:
            raise AssertionError(f"expected no authentication between a child and its parent with different authkeys; got {e!r}") from e
    assert got == key, f"expected the child to send its own authkey {key!r}; got {got!r}"


@spec("listener.authentication.pipe.not_applied", KEYS, requires=("processes",), api=("current_process", "AuthenticationError"),
      needs=CHILD + ("connection.send.to_other_end",))
def test_pipe_is_not_authenticated(mp):
    """Authentication is not applied to the anonymous pipes Pipe() creates: a child with another authkey still sends through one (3.14 docs)."""
    r, w = mp.Pipe()
    with r, w:
        _received_from_child_with_another_key(mp, targets.send_key_through_pipe, w, r.recv)


@spec("listener.authentication.queue.not_applied", KEYS, requires=("processes",), api=("current_process", "AuthenticationError"),
      needs=CHILD + ("queues.queue.fifo.child_to_parent",))
def test_queue_is_not_authenticated(mp):
    """Authentication is not applied to the pipe a Queue uses: a child with another authkey still puts on one (3.14 docs)."""
    q = mp.Queue()
    _received_from_child_with_another_key(mp, targets.put_key_on_queue, q, lambda: q.get(timeout=WAIT))

"""deliver_challenge() and answer_challenge() over a Pipe, and what they send."""

import os
import threading

from conformance.marks import spec
from conformance.spec.calls import Call, within
from conformance.spec.listener.endpoints import assert_raises
from conformance.spec.support import WAIT

DELIVER = "multiprocessing.html#multiprocessing.connection.deliver_challenge"
ANSWER = "multiprocessing.html#multiprocessing.connection.answer_challenge"
KEYS = "multiprocessing.html#multiprocessing-auth-keys"
API = ("connection.deliver_challenge", "connection.answer_challenge", "AuthenticationError")
# What these tests run the challenge over, and cannot do without: a Pipe whose two ends both send and receive.
# The handshake runs over a Pipe and waits in its recv(): it needs both to work.
PIPE = ("connection.pipe.duplex.default", "connection.recv.blocks")


@spec("listener.authentication.deliver_challenge.digest_welcomed", DELIVER, api=API, needs=PIPE)
def test_deliver_challenge_welcomes_the_digest_and_rejects_anything_else(mp):
    """deliver_challenge() sends a random message; a reply that is its digest is welcomed, any other raises AuthenticationError."""
    key = os.urandom(32)
    a, b = mp.Pipe()
    deliver = Call(mp.connection.deliver_challenge, a, key)
    within(mp.connection.answer_challenge, b, key)
    deliver.result()
    challenges = []
    for _ in range(2):
        deliver = Call(mp.connection.deliver_challenge, a, key)
        challenges.append(within(b.recv_bytes))
        b.send_bytes(b"a reply that is not the digest")
        assert_raises(mp.AuthenticationError, deliver)
        within(b.recv_bytes)  # what deliver_challenge() sends instead of the welcome
    assert challenges[0] != challenges[1], f"expected a fresh random message for each challenge; got {challenges[0]!r} twice"


@spec("listener.authentication.answer_challenge.welcome_required", ANSWER, api=API, needs=PIPE)
def test_answer_challenge_raises_authentication_error_without_a_welcome(mp):
    """answer_challenge() sends back the digest of the message received; AuthenticationError if no welcome message follows."""
    a, b = mp.Pipe()
    deliver = Call(mp.connection.deliver_challenge, a, b"the deliverer's key")
    answer = Call(mp.connection.answer_challenge, b, b"the answerer's key")
    assert_raises(mp.AuthenticationError, answer)
    assert_raises(mp.AuthenticationError, deliver)


def _relay(source, destination, messages):
    """Forward every message from `source` to `destination`, recording it, until `source` reaches end of file."""
    while True:
        try:
            message = source.recv_bytes()
        except EOFError:
            return
        messages.append(message)
        destination.send_bytes(message)


@spec("listener.authentication.authkey.not_sent", KEYS, api=API, needs=PIPE)
def test_proving_the_key_does_not_send_it(mp):
    """Demonstrating that both ends use the same authkey does not involve sending the key over the connection."""
    key = os.urandom(32)
    deliverer, relay_a = mp.Pipe()
    relay_b, answerer = mp.Pipe()
    messages = []
    relays = [threading.Thread(target=_relay, args=args, daemon=True)
              for args in ((relay_a, relay_b, messages), (relay_b, relay_a, messages))]
    for t in relays:
        t.start()
    deliver = Call(mp.connection.deliver_challenge, deliverer, key)
    within(mp.connection.answer_challenge, answerer, key)
    deliver.result()
    deliverer.close()
    answerer.close()
    for t in relays:
        t.join(WAIT)
    assert not any(t.is_alive() for t in relays), f"expected the relays to end within {WAIT:g} s once both ends closed"
    relay_a.close()
    relay_b.close()
    assert len(messages) >= 2, f"expected the challenge and its answer to pass through the relay; got {messages!r}"
    assert not any(key in m for m in messages), f"expected the key {key!r} in none of the messages exchanged; got {messages!r}"

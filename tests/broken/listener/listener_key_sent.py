"""Broken: deliver_challenge() and answer_challenge() prove the key by sending it, not an HMAC digest."""

import os

from multiprocessing import AuthenticationError, connection

from tests.broken import _mirror

# A stdlib Client cannot answer (or check) the key-sending challenge either.
BREAKS = {
    "listener.authentication.authkey.not_sent",
    "listener.authentication.authkey.both_ends_demand_proof",
    "listener.client.authkey_fail",
}
_WELCOME = b"#WELCOME#"
_FAILURE = b"#FAILURE#"


def deliver_challenge(conn, authkey, *args):
    conn.send_bytes(os.urandom(20))
    if conn.recv_bytes(256) != authkey:
        conn.send_bytes(_FAILURE)
        raise AuthenticationError("wrong key")
    conn.send_bytes(_WELCOME)


def answer_challenge(conn, authkey):
    conn.recv_bytes(256)
    conn.send_bytes(authkey)
    if conn.recv_bytes(256) != _WELCOME:
        raise AuthenticationError("key rejected")


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, deliver_challenge=deliver_challenge, answer_challenge=answer_challenge)})

"""Broken: deliver_challenge() welcomes any reply instead of raising AuthenticationError for a wrong digest."""

from multiprocessing import AuthenticationError, connection
from multiprocessing.connection import deliver_challenge as stdlib_deliver_challenge

from tests.broken import _mirror
from tests.broken.listener.listener_welcomes_any_digest import Welcoming

BREAKS = {
    "listener.authentication.deliver_challenge.digest_welcomed",
    "listener.authentication.answer_challenge.welcome_required",
    "listener.client.authkey_fail",
}


def deliver_challenge(conn, authkey, *args):
    try:
        stdlib_deliver_challenge(Welcoming(conn), authkey, *args)
    except AuthenticationError:
        pass


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, deliver_challenge=deliver_challenge)})

"""Broken: answer_challenge() returns normally when its digest is rejected instead of raising AuthenticationError."""

from multiprocessing import AuthenticationError, connection
from multiprocessing.connection import answer_challenge as stdlib_answer_challenge

from tests.broken import _mirror

BREAKS = {"listener.authentication.answer_challenge.welcome_required"}


def answer_challenge(conn, authkey):
    try:
        stdlib_answer_challenge(conn, authkey)
    except AuthenticationError:
        pass


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, answer_challenge=answer_challenge)})

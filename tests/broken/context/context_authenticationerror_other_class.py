"""Broken: the AuthenticationError the backend offers is not the one its connections raise."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"context.exc.authenticationerror"}


class AuthenticationError(multiprocessing.ProcessError):
    pass


_mirror.install(__name__, AuthenticationError=lambda ctx: AuthenticationError)

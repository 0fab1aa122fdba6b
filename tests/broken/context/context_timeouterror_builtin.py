"""Broken: the backend's TimeoutError is the builtin one, not the ProcessError its pools raise."""

import builtins

from tests.broken import _mirror

BREAKS = {"context.exc.processerror_base", "context.exc.timeouterror"}

_mirror.install(__name__, TimeoutError=lambda ctx: builtins.TimeoutError)

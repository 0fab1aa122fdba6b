"""Broken: set_executable() rejects a path-like object, taking only str."""

from tests.broken import _mirror

BREAKS = {"context.set_executable.pathlike"}
START_METHODS = ("spawn",)


def _set_executable(ctx):
    def set_executable(executable):
        if not isinstance(executable, str):
            raise TypeError(f"executable must be str, not {type(executable).__name__}")
        ctx.set_executable(executable)
    return set_executable


_mirror.install(__name__, set_executable=_set_executable)

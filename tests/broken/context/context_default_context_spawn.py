"""Broken: get_context() without a method returns a spawn context, whatever the default, and fixes nothing."""

from tests.broken import _mirror

BREAKS = {"context.get_context.none_default", "context.get_context.none_fixes_global"}

_mirror.install(__name__)


def get_context(method=None):
    return _mirror.Context(__name__, method or "spawn", {})

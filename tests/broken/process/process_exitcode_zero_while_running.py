"""Broken: exitcode is 0 instead of None before the process ended."""

from tests.broken import _mirror

BREAKS = {"process.exitcode.none_while_running"}


class EarlyExitcode:
    @property
    def exitcode(self):
        code = super().exitcode
        return 0 if code is None else code


_mirror.install(__name__, Process=_mirror.process_classes(__name__, EarlyExitcode))

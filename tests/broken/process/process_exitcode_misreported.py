"""Broken: exitcode is None after a normal return, 1 for any sys.exit(N > 1), 0 after an exception, 128+N after signal N."""

from tests.broken import _mirror

BREAKS = {
    "process.exitcode.exception_one",
    "process.exitcode.signal_negative",
    "process.exitcode.sys_exit_n",
    "process.exitcode.zero_on_return",
    "process.interrupt.caught_not_terminated",
    "process.interrupt.exitcode_one",
    "process.kill.sigkill",
    "process.terminate.exitcode",
}


class ShellExitcode:
    @property
    def exitcode(self):
        code = super().exitcode
        if code is None or code == 0:
            return None
        if code < 0:
            return 128 - code
        return 0 if code == 1 else 1


_mirror.install(__name__, Process=_mirror.process_classes(__name__, ShellExitcode))

"""Process.pid and Process.exitcode."""

import signal

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.support import CHILD

EXITCODE = "multiprocessing.html#multiprocessing.Process.exitcode"


@spec("process.pid.none_before_start", "multiprocessing.html#multiprocessing.Process.pid", requires=("processes",),
      needs=CHILD)
def test_pid_is_none_before_start_then_the_childs_pid(mp):
    """pid is None before the process is spawned, then the process ID of the child."""
    with Channel() as ch:
        p = mp.Process(target=targets.send_pid, args=(ch,))
        assert p.pid is None, f"expected pid None before start(), got {p.pid!r}"
        p.start()
        try:
            child_pid = ch.recv(what="the child's pid")
        finally:
            support.reap(p)
    assert p.pid == child_pid, f"expected pid {child_pid} (the child's os.getpid()), got {p.pid!r}"


@spec("process.exitcode.none_while_running", EXITCODE, needs=CHILD)
def test_exitcode_is_none_until_the_process_terminates(mp):
    """exitcode is None if the process has not yet terminated (nor started)."""
    with Channel() as ch:
        p = mp.Process(target=targets.wait_for_release, args=(ch,))
        assert p.exitcode is None, f"expected exitcode None before start(), got {p.exitcode!r}"
        p.start()
        try:
            assert p.exitcode is None, f"expected exitcode None while the process runs, got {p.exitcode!r}"
            ch.release()
        finally:
            ch.close()
            support.reap(p)


def _exitcode(mp, target, *args):
    p = mp.Process(target=target, args=args)
    p.start()
    support.reap(p)
    return p.exitcode


@spec("process.exitcode.zero_on_return", EXITCODE, needs=CHILD)
def test_exitcode_is_zero_when_run_returns(mp):
    """If run() returned normally, the exit code is 0."""
    code = _exitcode(mp, targets.noop)
    assert code == 0, f"expected exitcode 0 after run() returned, got {code!r}"


@spec("process.exitcode.sys_exit_n", EXITCODE, requires=("processes",), needs=CHILD)
def test_exitcode_is_n_after_sys_exit_n(mp):
    """If the process terminated via sys.exit() with an integer argument N, the exit code is N."""
    code = _exitcode(mp, targets.exit_with, 7)
    assert code == 7, f"expected exitcode 7 after sys.exit(7), got {code!r}"


@spec("process.exitcode.exception_one", EXITCODE, requires=("processes",), needs=CHILD)
def test_exitcode_is_one_after_an_uncaught_exception(mp):
    """If the process terminated due to an exception not caught within run(), the exit code is 1."""
    code = _exitcode(mp, targets.raise_error)
    assert code == 1, f"expected exitcode 1 after an uncaught exception, got {code!r}"


@spec("process.exitcode.signal_negative", EXITCODE, platforms=("posix",), requires=("signals",), needs=CHILD)
def test_exitcode_is_minus_n_after_signal_n(mp):
    """If the process was terminated by signal N, the exit code is -N."""
    code = _exitcode(mp, targets.kill_self, signal.SIGUSR1)
    assert code == -signal.SIGUSR1, f"expected exitcode {-signal.SIGUSR1} after signal SIGUSR1, got {code!r}"

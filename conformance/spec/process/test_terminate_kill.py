"""Process.terminate(), Process.kill() and Process.interrupt(): ending a process with a signal."""

import signal

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets, zombies
from conformance.spec.process.held import held, ready
from conformance.spec.support import CHILD, WAIT

TERMINATE = "multiprocessing.html#multiprocessing.Process.terminate"
INTERRUPT = "multiprocessing.html#multiprocessing.Process.interrupt"
POSIX_SIGNALS = {"platforms": ("posix",), "requires": ("signals",), "needs": CHILD}


def _signal_received(mp, signum, send):
    """Start a child reporting `signum`, call send(process) once it is ready and return what it reported, or None."""
    with held(mp, targets.report_signal, signum) as (p, ch):
        ready(p, ch)
        send(p)
        p.join(WAIT)
        reported = ch.poll(0)
    return reported[0] if reported else None


@spec("process.terminate.sigterm", TERMINATE, **POSIX_SIGNALS)
def test_terminate_sends_sigterm(mp):
    """On Unix terminate() is done using the SIGTERM signal."""
    received = _signal_received(mp, signal.SIGTERM, lambda p: p.terminate())
    assert received == signal.SIGTERM, f"expected the child to receive SIGTERM ({int(signal.SIGTERM)}), got {received!r}"


@spec("process.terminate.exitcode", "multiprocessing.html#multiprocessing.Process", **POSIX_SIGNALS)
def test_exitcode_after_terminate_is_minus_sigterm(mp):
    """After terminate() the process's exitcode is -SIGTERM."""
    with held(mp) as (p, _):
        p.terminate()
        p.join(WAIT)
    assert p.exitcode == -signal.SIGTERM, f"expected exitcode {-signal.SIGTERM} after terminate(), got {p.exitcode!r}"


@spec("process.terminate.no_cleanup", TERMINATE, **POSIX_SIGNALS)
def test_terminate_skips_finally_clauses(mp):
    """After terminate() finally clauses of the process are not executed."""
    with held(mp, targets.send_from_finally) as (p, ch):
        ready(p, ch)
        p.terminate()
        p.join(WAIT)
        assert not p.is_alive(), "terminate() did not end the process"
        reported = ch.poll(0)
    got = reported[0] if reported else "nothing"
    assert got == "nothing", f"expected no finally clause to run after terminate(), got {got!r}"


@spec("process.terminate.descendants_orphaned", TERMINATE, python=">=3.8", **POSIX_SIGNALS)
def test_terminate_leaves_descendants_running(mp):
    """terminate() does not terminate the process's descendants: they are orphaned."""
    with Channel(children=2) as ch:
        child = mp.Process(target=targets.start_orphan_then_wait, args=(mp, ch))
        child.start()
        try:
            said = dict(ch.recv(what="the child's and the grandchild's words") for _ in range(2))
            assert said.keys() == {"ready", "started"}, f'expected the child to say "started" and the grandchild "ready", got {said}'
            child.terminate()
            zombies.ended(said["started"])
            ch.send("still running?")
            answer = ch.recv(what="the grandchild's answer once its parent was terminated")
        finally:
            ch.close()
            support.reap(child)
    assert answer == "still running", f'expected the grandchild to answer "still running", got {answer!r}'


@spec("process.kill.sigkill", "multiprocessing.html#multiprocessing.Process.kill", python=">=3.7",
      api=("Process.kill",), **POSIX_SIGNALS)
def test_kill_uses_sigkill(mp):
    """kill() is terminate() using the SIGKILL signal on Unix."""
    with held(mp) as (p, _):
        p.kill()
        p.join(WAIT)
    assert p.exitcode == -signal.SIGKILL, f"expected exitcode {-signal.SIGKILL} after kill(), got {p.exitcode!r}"


@spec("process.interrupt.sigint", INTERRUPT, python=">=3.14", api=("Process.interrupt",), **POSIX_SIGNALS)
def test_interrupt_sends_sigint(mp):
    """On POSIX interrupt() works using the SIGINT signal."""
    received = _signal_received(mp, signal.SIGINT, lambda p: p.interrupt())
    assert received == signal.SIGINT, f"expected the child to receive SIGINT ({int(signal.SIGINT)}), got {received!r}"


def _interrupted(p, ch):
    """interrupt() the held child `p` (report_keyboard_interrupt) once it is ready; return what it reported."""
    ready(p, ch)
    p.interrupt()
    return ch.recv(what="the child's report of the interrupt")


@spec("process.interrupt.keyboardinterrupt", INTERRUPT, python=">=3.14", api=("Process.interrupt",), **POSIX_SIGNALS)
def test_interrupt_raises_keyboardinterrupt_in_the_child(mp):
    """By default interrupt() terminates the child by raising KeyboardInterrupt in it."""
    with held(mp, targets.report_keyboard_interrupt, True) as (p, ch):
        got = _interrupted(p, ch)
        p.join(WAIT)
        assert not p.is_alive(), "expected interrupt() to end the child"
    assert got == "KeyboardInterrupt", f"expected KeyboardInterrupt in the child, got {got!r}"


@spec("process.interrupt.caught_not_terminated", INTERRUPT, python=">=3.14", api=("Process.interrupt",),
      **POSIX_SIGNALS)
def test_interrupt_does_not_end_a_child_that_discards_keyboardinterrupt(mp):
    """If the child catches and discards KeyboardInterrupt, interrupt() does not terminate it."""
    with held(mp, targets.report_keyboard_interrupt, False) as (p, ch):
        got = _interrupted(p, ch)
        alive = p.is_alive()
        ch.release()
    assert got == "KeyboardInterrupt", f"expected the child to catch KeyboardInterrupt, got {got!r}"
    assert alive, "expected the child that discarded KeyboardInterrupt to keep running, but it ended"
    assert p.exitcode == 0, f"expected the child to end normally once released, got exitcode {p.exitcode!r}"


@spec("process.interrupt.exitcode_one", INTERRUPT, python=">=3.14", api=("Process.interrupt",), **POSIX_SIGNALS)
def test_exitcode_after_interrupt_is_one(mp):
    """By default interrupt() sets exitcode to 1, as for an exception not caught in the child."""
    with held(mp, targets.signal_ready_then_wait) as (p, ch):
        ready(p, ch)
        p.interrupt()
        p.join(WAIT)
    assert p.exitcode == 1, f"expected exitcode 1 after interrupt(), got {p.exitcode!r}"

"""Process.is_alive(): whether the process is alive."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.process import targets, zombies
from conformance.spec.process.held import held
from conformance.spec.support import CHILD, WAIT

DOC = "multiprocessing.html#multiprocessing.Process.is_alive"


@spec("process.is_alive.returns", DOC, needs=CHILD)
def test_is_alive_from_start_until_the_process_terminates(mp):
    """A process is alive from the moment start() returns until the child process terminates."""
    with held(mp) as (p, ch):
        assert p.is_alive(), "expected is_alive() True after start() while the child runs, got False"
        ch.release()
        p.join(WAIT)
        assert not p.is_alive(), "expected is_alive() False after the child terminated, got True"


@spec("process.is_alive.before_start", "multiprocessing.html#multiprocessing.Process")
def test_is_alive_is_false_before_start(mp):
    """Before start() a process is not alive."""
    p = mp.Process(target=targets.noop)
    assert p.is_alive() is False, f"expected is_alive() False before start(), got {p.is_alive()!r}"


@spec("process.is_alive.after_terminate", "multiprocessing.html#multiprocessing.Process",
      platforms=("posix",), requires=("signals",), needs=CHILD)
def test_is_alive_is_false_after_terminate(mp):
    """After terminate() has taken effect the process is no longer alive."""
    with held(mp) as (p, _):
        p.terminate()
        p.join(WAIT)
        assert not p.is_alive(), f"expected is_alive() False once terminate() took effect, got True ({p!r})"


@spec("process.is_alive.joins_finished", "multiprocessing.html#all-start-methods",
      platforms=("posix",), start_methods=("fork", "spawn"), requires=("processes",), needs=CHILD)
def test_is_alive_joins_a_finished_process(mp):
    """Calling is_alive() on a finished process joins it, so it does not stay a zombie."""
    with support.running(mp, targets.noop) as p:
        zombies.finished_unjoined(p)
        assert not zombies.joined(p.pid), "the finished child was reaped before is_alive() was called"
        assert not p.is_alive(), "expected is_alive() False for a finished child, got True"
        assert zombies.joined(p.pid), "expected is_alive() to join the finished child, but it is still a zombie"

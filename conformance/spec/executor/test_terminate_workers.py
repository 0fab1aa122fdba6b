"""ProcessPoolExecutor.terminate_workers() and kill_workers() (3.14+): end every living worker, then shut down."""

import pytest

from conformance.marks import spec
from conformance.spec.calls import raises, within
from conformance.spec.executor import targets
from conformance.spec.gate import Gate
from conformance.spec.support import WAIT
from conformance.verdicts import NotImplementedByBackend

DOC = "concurrent.futures.html#concurrent.futures.ProcessPoolExecutor."
WORKERS = 2
SIGNALS = {"python": ">=3.14", "platforms": ("posix",), "requires": ("signals",), "api": ("futures.ProcessPoolExecutor",)}


def _method(executor, name):
    """executor.<name>, or "not implemented" when the backend's executor lacks it."""
    try:
        return getattr(executor, name)
    except AttributeError:
        raise NotImplementedByBackend(f"its ProcessPoolExecutor has no {name}()") from None


def _end_held_workers(mp, name, survive):
    """Hold a call in each of WORKERS workers, each sending b"T" at its gate on SIGTERM (and surviving it if `survive`),
    call the executor's method `name`; return what each worker sent before it ended."""
    with mp.futures.ProcessPoolExecutor(max_workers=WORKERS) as ex, Gate() as gate:
        end = _method(ex, name)
        for _ in range(WORKERS):
            ex.submit(targets.wait_at_reporting_sigterm, gate.address, survive)
        gate.arrivals(WORKERS)
        within(end)
        try:
            return gate.departures()
        except AssertionError as e:
            raise AssertionError(f"after {name}(): {e}") from None


@spec("executor.terminate_workers.sigterm", DOC + "terminate_workers", **SIGNALS)
def test_terminate_workers_terminates_every_living_worker(mp):
    """terminate_workers() terminates every living worker by calling Process.terminate on it: SIGTERM on POSIX."""
    sent = _end_held_workers(mp, "terminate_workers", survive=False)
    assert all(s and not s.strip(b"T") for s in sent), (
        f"expected each worker to end on SIGTERM (it sends b'T' then); they sent {sent}")


@spec("executor.kill_workers.sigkill", DOC + "kill_workers", **SIGNALS)
def test_kill_workers_kills_every_living_worker(mp):
    """kill_workers() kills every living worker by calling Process.kill on it: SIGKILL on POSIX, which no handler stops."""
    _end_held_workers(mp, "kill_workers", survive=True)


@spec("executor.terminate_workers.shutdown", DOC + "terminate_workers", python=">=3.14", requires=("processes",),
      api=("futures.ProcessPoolExecutor",))
@pytest.mark.parametrize("name", ["terminate_workers", "kill_workers"])
def test_ending_the_workers_shuts_the_executor_down(mp, name):
    """terminate_workers() and kill_workers() also call shutdown(): a later submit() raises RuntimeError."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        ex.submit(targets.identity, 1).result(WAIT)
        within(_method(ex, name))
        raises(RuntimeError, ex.submit, targets.identity, 2)

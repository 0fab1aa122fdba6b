"""BaseManager.shutdown(): stops the server, may be called again, and its shutdown_timeout."""

import signal

from conformance.marks import spec
from conformance.spec.calls import raises, timed
from conformance.spec.managers import servers, targets

from conformance.spec.support import TIMEOUT, WAIT, still_running

SHUTDOWN = "multiprocessing.html#multiprocessing.managers.BaseManager.shutdown"
BASE = "multiprocessing.html#multiprocessing.managers.BaseManager"


@spec("managers.shutdown.stops", SHUTDOWN, requires=("processes",), api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_shutdown_stops_the_server(mp):
    """shutdown() stops the manager's server process; connecting to its address then fails."""
    m = servers.manager(mp, "MathsManager", address=("127.0.0.1", 0))
    with servers.started(mp, m) as server:
        address = m.address
        m.shutdown()
        server.join(WAIT)
        assert not server.is_alive(), "expected the server process to end after shutdown(); it is still alive"
        assert not still_running([server.pid]), (
            f"expected the server process to end after shutdown(); pid {server.pid} was still running {WAIT:g} s later")
        client = servers.manager(mp, "MathsManager", address=address)
        raises(OSError, client.connect)


@spec("managers.shutdown.idempotent", SHUTDOWN, api=("managers.BaseManager",), needs=servers.MANAGER + servers.FOUND)
def test_shutdown_can_be_called_again(mp):
    """shutdown() can be called multiple times."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m):
        m.shutdown()
        m.shutdown()


def _shutdown(manager):
    manager.shutdown()


def _shut_down_lingering(mp, ignore_sigterm):
    """Shut down (shutdown_timeout=TIMEOUT) a manager whose server does not exit by itself (nor on SIGTERM if
    `ignore_sigterm`): shutdown() waits TIMEOUT s for it to exit, and TIMEOUT s more after terminating it if it ignores
    SIGTERM, neither less nor much more. Return the server's exit code."""
    m = servers.manager(mp, "MathsManager", shutdown_timeout=TIMEOUT)
    with servers.started(mp, m, targets.linger, (ignore_sigterm,)) as server:
        _, error = timed((2 if ignore_sigterm else 1) * TIMEOUT, _shutdown, m)
        if error is not None:
            raise error
        assert not server.is_alive(), "expected shutdown() to have ended the server process; it is still alive"
        return server.exitcode


@spec("managers.basemanager.shutdown_timeout_terminates", BASE, python=">=3.11", requires=("signals",),
      api=("managers.BaseManager",), needs=servers.MANAGER + ("managers.start.initializer",) + servers.FOUND)
def test_shutdown_terminates_a_server_that_outlives_the_timeout(mp):
    """If the server has not exited shutdown_timeout seconds after shutdown(), it is terminated (SIGTERM)."""
    exitcode = _shut_down_lingering(mp, ignore_sigterm=False)
    assert exitcode == -signal.SIGTERM, f"expected the server terminated by SIGTERM (exit code -15); got {exitcode}"


@spec("managers.basemanager.shutdown_timeout_kills", BASE, python=">=3.11", requires=("signals",),
      api=("managers.BaseManager",), needs=servers.MANAGER + ("managers.start.initializer",) + servers.FOUND)
def test_shutdown_kills_a_server_that_outlives_terminate(mp):
    """If the server has not exited shutdown_timeout seconds after it was terminated, it is killed (SIGKILL)."""
    exitcode = _shut_down_lingering(mp, ignore_sigterm=True)
    assert exitcode == -signal.SIGKILL, f"expected the server killed by SIGKILL (exit code -9); got {exitcode}"

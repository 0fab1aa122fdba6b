"""Code that runs in child processes (or threads) of the synchronization tests; importable by spawned children."""

import signal

from conformance.spec.support import WAIT


def hold(lock, conn):
    """Acquire `lock` (a Lock, RLock or Semaphore), say so over `conn`, and release it when told to over `conn`."""
    lock.acquire()
    conn.send("held")
    conn.poll(WAIT)
    lock.release()


def take(lock):
    """Acquire `lock` and return still holding it."""
    lock.acquire()


def report_acquire(lock, conn, *args):
    """Send 'acquiring' over `conn`, then what lock.acquire(*args) returned."""
    conn.send("acquiring")
    conn.send(lock.acquire(*args))


def report_locked(lock, conn):
    """Send over `conn` what lock.locked() returns."""
    conn.send(lock.locked())


def report_release(lock, conn):
    """Send over `conn` the name of the exception lock.release() raised, or None."""
    try:
        lock.release()
    except Exception as e:
        conn.send(type(e).__name__)
    else:
        conn.send(None)


def interrupted(conn, obj, method, *args):
    """Send 'ready', call obj.method(*args), and send over `conn` whether it ended with KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        conn.send("ready")
        result = getattr(obj, method)(*args)
    except KeyboardInterrupt:
        conn.send("KeyboardInterrupt")
    else:
        conn.send(f"returned {result!r}")


def wait_interrupted(conn, cond):
    """Holding `cond`, send 'ready' and wait; send over `conn` whether wait() ended with KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with cond:
        try:
            conn.send("ready")
            result = cond.wait(WAIT)
        except KeyboardInterrupt:
            conn.send("KeyboardInterrupt")
        else:
            conn.send(f"returned {result!r}")


def wait_on_condition(cond, name, results):
    """Holding `cond`, put ('waiting', name) on `results`, wait to be notified, then put (name, wait's result)."""
    with cond:
        results.put(("waiting", name))
        results.put((name, cond.wait(WAIT)))


def set_and_notify(cond, flag):
    """Holding `cond`, set the shared integer `flag` to 1 and notify every waiter."""
    with cond:
        flag.value = 1
        cond.notify_all()


def notify_one(cond):
    """Notify one waiter of `cond`."""
    with cond:
        cond.notify()


def wait_for_event(event, name, results):
    """Put ('waiting', name) on `results`, then (name, event.wait(WAIT))."""
    results.put(("waiting", name))
    results.put((name, event.wait(WAIT)))


def report_is_set(event, conn):
    """Send over `conn` what event.is_set() returns."""
    conn.send(event.is_set())


def wait_at_barrier(barrier, results, times=1):
    """Wait at `barrier` `times` times, putting on `results` each index wait() returned or the name of the exception it raised."""
    for _ in range(times):
        try:
            results.put(barrier.wait(WAIT))
        except Exception as e:
            results.put(type(e).__name__)


def count(calls):
    """Add one to the shared integer `calls`: a Barrier action, which runs under the barrier's own lock."""
    calls.value += 1


def fail():
    """Raise ValueError (used as a Barrier action that fails)."""
    raise ValueError("barrier action failed")

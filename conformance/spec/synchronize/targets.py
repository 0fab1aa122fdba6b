"""Code that runs in child processes (or threads) of the synchronization tests; importable by spawned children."""

import signal

from conformance.spec.support import WAIT


def hold(lock, ch):
    """Acquire `lock` (a Lock, RLock or Semaphore), say so over channel `ch`, and release it once the test releases the child."""
    lock.acquire()
    ch.send("held")
    ch.wait()
    lock.release()


def take(lock, ch):
    """Acquire `lock`, say so over channel `ch`, and return still holding it."""
    lock.acquire()
    ch.send("taken")


def report_acquire(lock, ch, *args):
    """Send 'acquiring' over channel `ch`, then what lock.acquire(*args) returned."""
    ch.send("acquiring")
    ch.send(lock.acquire(*args))


def report_locked(lock, ch):
    """Send over channel `ch` what lock.locked() returns."""
    ch.send(lock.locked())


def report_release(lock, ch):
    """Send over channel `ch` the name of the exception lock.release() raised, or None."""
    try:
        lock.release()
    except Exception as e:
        ch.send(type(e).__name__)
    else:
        ch.send(None)


def interrupted(ch, obj, method, *args):
    """Send 'ready' over channel `ch`, call obj.method(*args), and send whether it ended with KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        ch.send("ready")
        result = getattr(obj, method)(*args)
    except KeyboardInterrupt:
        ch.send("KeyboardInterrupt")
    else:
        ch.send(f"returned {result!r}")


def wait_interrupted(ch, cond):
    """Holding `cond`, send 'ready' over channel `ch` and wait; send whether wait() ended with KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with cond:
        try:
            ch.send("ready")
            result = cond.wait(WAIT)
        except KeyboardInterrupt:
            ch.send("KeyboardInterrupt")
        else:
            ch.send(f"returned {result!r}")


def wait_on_condition(cond, name, ch):
    """Holding `cond`, send ('waiting', name) over channel `ch`, wait to be notified, then send (name, wait's result)."""
    with cond:
        ch.send(("waiting", name))
        ch.send((name, cond.wait(WAIT)))


def notify_one(cond, ch):
    """Notify one waiter of `cond`, then (the lock released) say so over channel `ch`."""
    with cond:
        cond.notify()
    ch.send("notified")


def create_and_notify(cond, ch, path):
    """Holding `cond`, create the file `path` and notify every waiter, then (the lock released) say so over channel `ch`."""
    with cond:
        open(path, "w").close()
        cond.notify_all()
    ch.send("notified")


def wait_for_event(event, name, ch):
    """Send ('waiting', name) over channel `ch`, then (name, event.wait(WAIT))."""
    ch.send(("waiting", name))
    ch.send((name, event.wait(WAIT)))


def report_is_set(event, ch):
    """Send over channel `ch` what event.is_set() returns."""
    ch.send(event.is_set())


def wait_at_barrier(barrier, ch, times=1):
    """Wait at `barrier` `times` times, sending over channel `ch` each index wait() returned or the name of the exception it raised."""
    for _ in range(times):
        try:
            ch.send(barrier.wait(WAIT))
        except Exception as e:
            ch.send(type(e).__name__)


def report_action(ch):
    """Send 'action' over channel `ch`: a Barrier action, run by one of the parties (which must not be the test's own thread)."""
    ch.send("action")


def fail():
    """Raise ValueError (used as a Barrier action that fails)."""
    raise ValueError("barrier action failed")

"""SyncManager's synchronization primitives: proxies for threading objects in the server, shared with children."""

import contextlib
import threading

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import Call, raises, timed, times_out
from conformance.spec.channel import Channel
from conformance.spec.managers import servers, targets

from conformance.spec.support import LATE, TIMEOUT, WAIT

SYNC = "multiprocessing.html#multiprocessing.managers.SyncManager."


@contextlib.contextmanager
def _held_by_child(mp, lock, times=1):
    """A child holds `lock` (acquired `times` times) while the block runs, and releases it when the block calls the
    function it gets (or at its end)."""
    with Channel() as ch, support.running(mp, targets.hold, lock, ch, times):
        ch.recv(what="the child's word that it holds the lock")
        try:
            yield ch.release
        finally:
            ch.release()  # if the block released it already, the child takes one and ignores the other


def _acquired(lock, timeout):
    """What lock.acquire(True, timeout) returned, releasing the lock again if it acquired it: in one thread, as the
    server gives each thread using a proxy its own owner."""
    if lock.acquire(True, timeout):
        lock.release()
        return True
    return False


def _assert_waits_for(lock, name, release):
    """`lock`, held by a child: acquire(timeout=TIMEOUT) gives up after TIMEOUT s, neither early nor late, returning
    False; a blocked acquire() returns True once release() has had the child release it."""
    acquired, error = timed(TIMEOUT, _acquired, lock, TIMEOUT)
    if error is not None:
        raise error
    assert acquired is False, f"expected {name}.acquire(timeout={TIMEOUT}) to return False while a child holds it; got {acquired!r}"
    waiter = Call(_acquired, lock, WAIT)
    waiter.assert_blocked(f"{name}.acquire() while a child holds it")
    release()
    assert waiter.released_by("the child's release()") is True, f"expected the blocked {name}.acquire() to return True"


@spec("managers.syncmanager.lock", SYNC + "Lock", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_lock(mp):
    """Lock() creates a shared threading.Lock: not reentrant, and held by a child it keeps the parent out until released."""
    with mp.Manager() as m:
        lock = m.Lock()
        assert lock.acquire(False), "expected a new Lock to be free"
        assert not lock.acquire(False), "expected a held Lock not to be acquired again (not reentrant)"
        lock.release()
        with _held_by_child(mp, lock) as release:
            assert not lock.acquire(False), "expected the Lock a child holds not to be acquirable"
            _assert_waits_for(lock, "Lock()", release)


@spec("managers.syncmanager.rlock", SYNC + "RLock", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_rlock(mp):
    """RLock() creates a shared threading.RLock: reentrant for its owner, and held by a child it keeps the parent out until released."""
    with mp.Manager() as m:
        rlock = m.RLock()
        assert rlock.acquire(False) and rlock.acquire(False), "expected the RLock's owner to acquire it again"
        rlock.release()
        rlock.release()
        with _held_by_child(mp, rlock, times=2) as release:
            assert not rlock.acquire(False), "expected the RLock a child holds not to be acquirable"
            _assert_waits_for(rlock, "RLock()", release)


@spec("managers.lockproxy.locked", SYNC + "Lock", python=">=3.14", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_lock_and_rlock_proxies_forward_locked(mp):
    """The proxies of Lock() and RLock() forward locked() (3.14 changelog): True while any process holds the lock."""
    with mp.Manager() as m:
        for name in ("Lock", "RLock"):
            lock = getattr(m, name)()
            free = lock.locked()
            with _held_by_child(mp, lock):
                held = lock.locked()
            got = (free, held, lock.locked())
            assert got == (False, True, False), \
                f"expected {name}().locked() False, then True while a child holds it, then False; got {got}"


@spec("managers.syncmanager.semaphore", SYNC + "Semaphore", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_semaphore(mp):
    """Semaphore(value) creates a shared threading.Semaphore: a child taking all `value` leaves none for the parent until it releases."""
    with mp.Manager() as m:
        sem = m.Semaphore(2)
        with _held_by_child(mp, sem, times=2) as release:
            assert not sem.acquire(False), "expected no unit left while a child holds both"
            _assert_waits_for(sem, "Semaphore(2)", release)
        assert sem.acquire(True, WAIT) and sem.acquire(True, WAIT), "expected both units back once the child released"
        sem.release()
        sem.release()
        sem.release()
        assert [sem.acquire(False) for _ in range(4)] == [True, True, True, False], \
            "expected an unbounded Semaphore to count a release beyond its initial value"


@spec("managers.syncmanager.boundedsemaphore", SYNC + "BoundedSemaphore", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_bounded_semaphore(mp):
    """BoundedSemaphore(value) creates a shared threading.BoundedSemaphore: shared like a Semaphore, over-release is ValueError."""
    with mp.Manager() as m:
        sem = m.BoundedSemaphore(1)
        with _held_by_child(mp, sem) as release:
            assert not sem.acquire(False), "expected no unit left while a child holds it"
            _assert_waits_for(sem, "BoundedSemaphore(1)", release)
        raises(ValueError, sem.release)


def _waited(cond, timeout):
    """What cond.wait(timeout) returned, holding `cond` around it (in one thread: see _acquired)."""
    with cond:
        return cond.wait(timeout)


@spec("managers.syncmanager.condition", SYNC + "Condition", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_condition(mp):
    """Condition() creates a shared threading.Condition: wait(timeout) returns False after timeout, and the parent's
    notify() wakes a child's wait()."""
    with mp.Manager() as m:
        cond = m.Condition()
        notified, error = timed(TIMEOUT, _waited, cond, TIMEOUT)
        if error is not None:
            raise error
        assert notified is False, f"expected wait(timeout={TIMEOUT}) with no notify() to return False; got {notified!r}"
        with Channel() as ch, support.running(mp, targets.wait_notified, cond, ch) as child:
            said = ch.recv(what="the child's word that it waits")
            assert said == "waiting", f"expected the child to report that it waits; it said {said!r}"
            with cond:
                cond.notify()
            found = ch.poll(LATE)
            if found is None:
                child.kill()  # at once: its wait() would return only at its own timeout
                raise AssertionError(f"expected the child's wait() to return within {LATE:g} s of notify(); it was still blocked")
            (notified,) = found
            assert notified is True, f"expected the notified wait() to return True; got {notified!r}"


@spec("managers.syncmanager.condition_lock", SYNC + "Condition", api=("managers.SyncManager",),
      needs=servers.MANAGER + ("managers.syncmanager.lock",))
def test_condition_uses_the_given_lock(mp):
    """Condition(lock) with a manager Lock proxy uses that lock: holding the condition holds the lock."""
    with mp.Manager() as m:
        lock = m.Lock()
        cond = m.Condition(lock)
        with cond:
            assert not lock.acquire(False), "expected the Lock to be held while its Condition is held"
        assert lock.acquire(False), "expected the Lock free once the Condition is released"
        lock.release()


@spec("managers.syncmanager.event", SYNC + "Event", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_event(mp):
    """Event() creates a shared threading.Event: wait(timeout) returns False after timeout, and a child's set() wakes the
    parent's wait()."""
    with mp.Manager() as m:
        event = m.Event()
        assert not event.is_set(), "expected a new Event to be clear"
        is_set, error = timed(TIMEOUT, event.wait, TIMEOUT)
        if error is not None:
            raise error
        assert is_set is False, f"expected wait(timeout={TIMEOUT}) of a clear Event to return False; got {is_set!r}"
        waiter = Call(event.wait, WAIT)
        waiter.assert_blocked("wait() of a clear Event")
        with support.running(mp, targets.call, "set", (), event):
            pass
        assert waiter.released_by("the child's set()") is True, "expected wait() to return True once the child set the Event"


@spec("managers.syncmanager.barrier", SYNC + "Barrier", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_barrier(mp):
    """Barrier(parties) creates a shared threading.Barrier: a lone party's wait(timeout) raises BrokenBarrierError after
    timeout; parent and child pass it together, with indices 0 and 1."""
    with mp.Manager() as m:
        times_out(threading.BrokenBarrierError, f"a lone party's wait(timeout={TIMEOUT})", m.Barrier(2).wait, TIMEOUT)
        barrier = m.Barrier(2)
        waiter = Call(barrier.wait, WAIT)
        waiter.assert_blocked("wait() of the first party")
        with Channel() as ch, support.running(mp, targets.pass_barrier, barrier, ch):
            theirs = ch.recv(what="what the child's barrier.wait() returned")
            mine = waiter.released_by("the child's arrival, the second party's")
        assert {mine, theirs} == {0, 1}, f"expected the two parties to get indices {{0, 1}}; got {mine}, {theirs}"


@spec("managers.syncmanager.primitives_are_proxies", "multiprocessing.html#synchronization-primitives",
      api=("managers.BaseProxy",), needs=servers.MANAGER)
def test_primitives_are_proxies(mp):
    """The synchronization primitives a manager creates are proxies for objects living in its server."""
    with mp.Manager() as m:
        made = {name: getattr(m, name)(*args) for name, args in [
            ("Lock", ()), ("RLock", ()), ("Semaphore", ()), ("BoundedSemaphore", ()),
            ("Condition", ()), ("Event", ()), ("Barrier", (2,))]}
        local = sorted(name for name, obj in made.items() if not isinstance(obj, mp.managers.BaseProxy))
        assert not local, f"expected every primitive to be a proxy; these are not: {local}"

"""SyncManager's synchronization primitives: proxies for threading objects in the server, shared with children."""

import contextlib

import pytest

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.managers import targets
from conformance.spec.support import WAIT

SYNC = "multiprocessing.html#multiprocessing.managers.SyncManager."


@contextlib.contextmanager
def _held_by_child(mp, lock, times=1):
    """A child holds `lock` (acquired `times` times) while the block runs, and releases it after."""
    here, there = mp.Pipe()
    with support.running(mp, targets.hold, lock, there, times):
        assert here.poll(WAIT), "expected the child to report that it holds the lock; nothing came"
        here.recv()
        try:
            yield
        finally:
            here.send("release")


@spec("manager.syncmanager.lock", SYNC + "Lock", api=("managers.SyncManager",))
def test_lock(mp):
    """Lock() creates a shared threading.Lock: not reentrant, and held by a child it keeps the parent out."""
    with mp.Manager() as m:
        lock = m.Lock()
        assert lock.acquire(False), "expected a new Lock to be free"
        assert not lock.acquire(False), "expected a held Lock not to be acquired again (not reentrant)"
        lock.release()
        with _held_by_child(mp, lock):
            assert not lock.acquire(False), "expected the Lock a child holds not to be acquirable"
        assert lock.acquire(True, WAIT), "expected the Lock to be acquirable once the child released it"
        lock.release()


@spec("manager.syncmanager.rlock", SYNC + "RLock", api=("managers.SyncManager",))
def test_rlock(mp):
    """RLock() creates a shared threading.RLock: reentrant for its owner, and held by a child it keeps the parent out."""
    with mp.Manager() as m:
        rlock = m.RLock()
        assert rlock.acquire(False) and rlock.acquire(False), "expected the RLock's owner to acquire it again"
        rlock.release()
        rlock.release()
        with _held_by_child(mp, rlock, times=2):
            assert not rlock.acquire(False), "expected the RLock a child holds not to be acquirable"
        assert rlock.acquire(True, WAIT), "expected the RLock to be acquirable once the child released it"
        rlock.release()


@spec("manager.lockproxy.locked", SYNC + "Lock", python=">=3.14", api=("managers.SyncManager",))
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


@spec("manager.syncmanager.semaphore", SYNC + "Semaphore", api=("managers.SyncManager",))
def test_semaphore(mp):
    """Semaphore(value) creates a shared threading.Semaphore: a child taking all `value` leaves none for the parent."""
    with mp.Manager() as m:
        sem = m.Semaphore(2)
        with _held_by_child(mp, sem, times=2):
            assert not sem.acquire(False), "expected no unit left while a child holds both"
        assert sem.acquire(True, WAIT) and sem.acquire(True, WAIT), "expected both units back once the child released"
        sem.release()
        sem.release()
        sem.release()
        assert [sem.acquire(False) for _ in range(4)] == [True, True, True, False], \
            "expected an unbounded Semaphore to count a release beyond its initial value"


@spec("manager.syncmanager.boundedsemaphore", SYNC + "BoundedSemaphore", api=("managers.SyncManager",))
def test_bounded_semaphore(mp):
    """BoundedSemaphore(value) creates a shared threading.BoundedSemaphore: shared like a Semaphore, over-release is ValueError."""
    with mp.Manager() as m:
        sem = m.BoundedSemaphore(1)
        with _held_by_child(mp, sem):
            assert not sem.acquire(False), "expected no unit left while a child holds it"
        with pytest.raises(ValueError):
            sem.release()


@spec("manager.syncmanager.condition", SYNC + "Condition", api=("managers.SyncManager",))
def test_condition(mp):
    """Condition() creates a shared threading.Condition: the parent's notify() wakes a child's wait()."""
    with mp.Manager() as m:
        cond = m.Condition()
        here, there = mp.Pipe()
        with support.running(mp, targets.wait_notified, cond, there):
            assert here.poll(WAIT) and here.recv() == "waiting", "expected the child to report that it waits"
            with cond:
                cond.notify()
            assert here.poll(WAIT), "expected the child's wait() to return after notify(); nothing came"
            assert here.recv() is True, "expected the notified wait() to return True"


@spec("manager.syncmanager.condition_lock", SYNC + "Condition", api=("managers.SyncManager",))
def test_condition_uses_the_given_lock(mp):
    """Condition(lock) with a manager Lock proxy uses that lock: holding the condition holds the lock."""
    with mp.Manager() as m:
        lock = m.Lock()
        cond = m.Condition(lock)
        with cond:
            assert not lock.acquire(False), "expected the Lock to be held while its Condition is held"
        assert lock.acquire(False), "expected the Lock free once the Condition is released"
        lock.release()


@spec("manager.syncmanager.event", SYNC + "Event", api=("managers.SyncManager",))
def test_event(mp):
    """Event() creates a shared threading.Event: a child's set() is seen by the parent's wait()."""
    with mp.Manager() as m:
        event = m.Event()
        assert not event.is_set(), "expected a new Event to be clear"
        with support.running(mp, targets.call, "set", (), event):
            pass
        assert event.wait(WAIT) is True, "expected wait() to return True once the child set the Event"


@spec("manager.syncmanager.barrier", SYNC + "Barrier", api=("managers.SyncManager",))
def test_barrier(mp):
    """Barrier(parties) creates a shared threading.Barrier: parent and child pass it together, with indices 0 and 1."""
    with mp.Manager() as m:
        barrier = m.Barrier(2)
        here, there = mp.Pipe()
        with support.running(mp, targets.pass_barrier, barrier, there):
            mine = barrier.wait(WAIT)
            assert here.poll(WAIT), "expected the child to pass the barrier; nothing came"
            indices = {mine, here.recv()}
        assert indices == {0, 1}, f"expected the two parties to get indices {{0, 1}}; got {indices}"


@spec("manager.syncmanager.primitives_are_proxies", "multiprocessing.html#synchronization-primitives",
      api=("managers.BaseProxy",))
def test_primitives_are_proxies(mp):
    """The synchronization primitives a manager creates are proxies for objects living in its server."""
    with mp.Manager() as m:
        made = {name: getattr(m, name)(*args) for name, args in [
            ("Lock", ()), ("RLock", ()), ("Semaphore", ()), ("BoundedSemaphore", ()),
            ("Condition", ()), ("Event", ()), ("Barrier", (2,))]}
        local = sorted(name for name, obj in made.items() if not isinstance(obj, mp.managers.BaseProxy))
        assert not local, f"expected every primitive to be a proxy; these are not: {local}"

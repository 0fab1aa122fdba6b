"""A read-modify-write on a dict proxy (d['count'] -= 1) is two calls: without a lock an update is lost, with one none is."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.managers import servers, targets

DICT = "multiprocessing.html#multiprocessing.managers.SyncManager.dict"


def _decrement_twice(mp, d, lock=None):
    """Two children each run d['count'] -= 1 (holding `lock` if given), each waiting after its read until both have
    read where nothing keeps the other out (targets.Count); return the count they leave."""
    with Channel(children=2) as ch:
        with support.running(mp, targets.decrement, d, ch, lock) as first:
            with support.running(mp, targets.decrement, d, ch, lock) as second:
                for _ in range(2):
                    ch.recv(what="a child's word that it read the count")
                ch.release()
    assert (first.exitcode, second.exitcode) == (0, 0), \
        f"expected both children to finish their decrement; exit codes {first.exitcode}, {second.exitcode}"
    return d["count"].n


@spec("managers.dict.read_modify_write_not_atomic", DICT, requires=("processes",), needs=support.CHILD + servers.MANAGER)
def test_unlocked_decrements_lose_an_update(mp):
    """d['count'] -= 1 reads and writes in separate calls: when both children read before either writes, one update is lost."""
    with mp.Manager() as m:
        d = m.dict(count=targets.Count(2))
        count = _decrement_twice(mp, d)
        assert count == 1, f"expected one of the two decrements lost (count 2 -> 1); the count is {count}"


@spec("managers.dict.locked_read_modify_write", DICT, requires=("processes",),
      needs=support.CHILD + servers.MANAGER + ("managers.syncmanager.lock",))
def test_decrements_under_a_manager_lock_are_exact(mp):
    """Holding a shared manager Lock around d['count'] -= 1 makes the two children's decrements exact."""
    with mp.Manager() as m:
        d = m.dict(count=targets.Count(2))
        count = _decrement_twice(mp, d, m.Lock())
        assert count == 0, f"expected both decrements to count (2 -> 0); the count is {count}"

"""Pool.starmap and Pool.starmap_async: map with each element unpacked as arguments."""

from conformance.marks import spec
from conformance.spec.calls import within
from conformance.spec.pool import targets
from conformance.spec.pool.pools import opened
from conformance.spec.support import CHILD, WAIT


@spec("pool.starmap.unpacks", "multiprocessing.html#multiprocessing.pool.Pool.starmap", needs=CHILD)
def test_starmap_unpacks_each_element(mp):
    """starmap(func, [(1, 2), (3, 4)]) returns [func(1, 2), func(3, 4)]."""
    with opened(mp.Pool, 2) as pool:
        result = within(pool.starmap, targets.add, [(1, 2), (3, 4)])
    assert result == [3, 7], f"expected [add(1, 2), add(3, 4)] = [3, 7]; got {result}"


@spec("pool.starmap_async.returns", "multiprocessing.html#multiprocessing.pool.Pool.starmap_async", needs=CHILD)
def test_starmap_async_returns_a_result_object(mp):
    """starmap_async(func, [(1, 2), (3, 4)]) returns a result object whose get() is [func(1, 2), func(3, 4)]."""
    with opened(mp.Pool, 2) as pool:
        result = pool.starmap_async(targets.add, [(1, 2), (3, 4)]).get(WAIT)
    assert result == [3, 7], f"expected get() to return [add(1, 2), add(3, 4)] = [3, 7]; got {result}"

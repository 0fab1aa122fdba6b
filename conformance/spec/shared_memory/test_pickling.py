"""Pickled SharedMemory and ShareableList objects: unpickling attaches to the same block."""

import pickle

from conformance.marks import spec
from conformance.spec.shared_memory.blocks import created, shareable


@spec("shared_memory.pickle.reattaches", "multiprocessing.shared_memory.html#multiprocessing.shared_memory.ShareableList",
      api=("shared_memory.SharedMemory", "shared_memory.ShareableList"))
def test_unpickled_objects_attach_to_the_same_block(mp):
    """A SharedMemory or ShareableList unpickled while its block exists is attached to that same block (the docs' example)."""
    with created(mp, 8) as shm:
        copy = pickle.loads(pickle.dumps(shm))
        try:
            copy.buf[0] = 42
            got_shm = (copy.name, shm.buf[0])
        finally:
            copy.close()
        expected_shm = (shm.name, 42)
    assert got_shm == expected_shm, f"expected the unpickled SharedMemory to be named and write as {expected_shm!r}; got {got_shm!r}"
    with shareable(mp, range(10)) as sl:
        deserialized_sl = pickle.loads(pickle.dumps(sl))
        try:
            sl[0] = -1
            deserialized_sl[1] = -2
            got = (list(sl), list(deserialized_sl))
        finally:
            deserialized_sl.shm.close()
    expected = [-1, -2, 2, 3, 4, 5, 6, 7, 8, 9]
    assert got == (expected, expected), f"expected both ShareableLists to read {expected!r}; got {got!r}"

"""SharedMemory.close() ends one instance's access; unlink() destroys the block."""

import pytest

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.shared_memory import targets
from conformance.spec.shared_memory.blocks import created, exists
from conformance.spec.support import CHILD, WAIT, running

DOC = "multiprocessing.shared_memory.html#multiprocessing.shared_memory.SharedMemory"


@spec("shared_memory.sharedmemory.close", DOC + ".close", api=("shared_memory.SharedMemory",))
def test_close_ends_access_from_this_instance(mp):
    """close() closes access to the block from this instance: its buf can no longer be read."""
    with created(mp, 8) as shm:
        shm.close()

        def read_a_byte():
            return shm.buf[0]

        raises((TypeError, ValueError), read_a_byte)


@spec("shared_memory.sharedmemory.close_not_free", DOC + ".close", api=("shared_memory.SharedMemory",))
def test_close_does_not_destroy_the_block(mp):
    """Closing every instance does not destroy the block: it can be attached to again, with its contents."""
    with created(mp, 8) as shm:
        shm.buf[0] = 42
        other = mp.shared_memory.SharedMemory(shm.name, create=False)
        other.close()
        shm.close()
        again = mp.shared_memory.SharedMemory(shm.name, create=False)
        try:
            got = again.buf[0]
        finally:
            again.close()
    assert got == 42, f"expected the block to still hold 42 after every instance closed; got {got!r}"


@spec("shared_memory.sharedmemory.unlink", DOC + ".unlink", platforms=("posix",), api=("shared_memory.SharedMemory",))
def test_unlink_destroys_the_block(mp):
    """unlink() destroys the block, even while instances are open: it can no longer be attached to by name."""
    with created(mp, 8) as shm:
        other = mp.shared_memory.SharedMemory(shm.name, create=False)
        try:
            shm.unlink()
            assert not exists(mp, shm.name), f"expected no block named {shm.name!r} after unlink()"
        finally:
            other.close()


@spec("shared_memory.sharedmemory.unlink_any_process", DOC + ".unlink", platforms=("posix",),
      requires=("processes",), api=("shared_memory.SharedMemory",), needs=CHILD)
def test_unlink_in_another_process_destroys_the_block(mp):
    """unlink() is called once across all processes: a child's unlink() destroys the block its parent created."""
    with created(mp, 8) as shm:
        with running(mp, targets.unlink, mp, shm.name) as p:
            p.join(WAIT)
        assert p.exitcode == 0, f"expected the child to exit with 0; its exitcode is {p.exitcode!r}"
        assert not exists(mp, shm.name), f"expected no block named {shm.name!r} after the child's unlink()"


@spec("shared_memory.sharedmemory.unlink_close_order", DOC + ".unlink", platforms=("posix",), api=("shared_memory.SharedMemory",))
@pytest.mark.parametrize("order", ["unlink-close", "close-unlink"])
def test_unlink_and_close_in_either_order(mp, order):
    """The last process holding a block may call unlink() and close() in either order."""
    with created(mp, 8) as shm:
        first, second = (shm.unlink, shm.close) if order == "unlink-close" else (shm.close, shm.unlink)
        first()
        second()
        assert not exists(mp, shm.name), f"expected no block named {shm.name!r} after {order}"

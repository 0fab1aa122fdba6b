"""SharedMemory(name, create, size): creating a block, attaching to one by name, and the arguments' limits."""

import pytest

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.shared_memory.blocks import created, fresh_name

SHARED_MEMORY = "multiprocessing.shared_memory.html#multiprocessing.shared_memory.SharedMemory"


@spec("shared_memory.sharedmemory.create_or_attach", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
def test_create_with_a_name_then_attach_by_it(mp):
    """SharedMemory creates a block with the given unique name, and another SharedMemory attaches to that block by the name."""
    name = fresh_name()
    with created(mp, 8, name) as shm:
        shm.buf[:3] = b"abc"
        other = mp.shared_memory.SharedMemory(name, create=False)
        try:
            got = (shm.name, other.name, bytes(other.buf[:3]))
        finally:
            other.close()
    assert got == (name, name, b"abc"), f"expected both instances named {name!r} and the creator's b'abc' seen by the attached one; got {got!r}"


@spec("shared_memory.sharedmemory.name_generated", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
def test_name_none_generates_a_novel_name(mp):
    """Creating a block with name None (the default) generates a novel name, by which the block can be attached to."""
    with created(mp, 8, None) as first, created(mp, 8, None) as second:
        names = (first.name, second.name)
        assert all(isinstance(n, str) and n for n in names), f"expected two non-empty str names; got {names!r}"
        assert first.name != second.name, f"expected two created blocks to get different names; both are {first.name!r}"
        first.buf[0] = 7
        other = mp.shared_memory.SharedMemory(first.name, create=False)
        try:
            got = other.buf[0]
        finally:
            other.close()
    assert got == 7, f"expected the block attached by the generated name to hold the creator's 7; got {got!r}"


@spec("shared_memory.sharedmemory.create_default", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
def test_create_defaults_to_attaching(mp):
    """create defaults to False: SharedMemory(name) attaches to the existing block of that name."""
    with created(mp, 8) as shm:
        shm.buf[0] = 42
        other = mp.shared_memory.SharedMemory(shm.name)
        try:
            got = other.buf[0]
        finally:
            other.close()
    assert got == 42, f"expected SharedMemory(name) to attach to the block holding 42; got {got!r}"


@spec("shared_memory.sharedmemory.attach_missing", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
def test_attach_to_missing_name_raises_file_not_found(mp):
    """Attaching (create=False) to a name no block has raises FileNotFoundError."""
    SharedMemory = mp.shared_memory.SharedMemory
    raises(FileNotFoundError, SharedMemory, fresh_name(), create=False)


@spec("shared_memory.sharedmemory.create_existing", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
def test_create_with_existing_name_raises_file_exists(mp):
    """Creating (create=True) a block with the name of an existing block raises FileExistsError and leaves that block as it was."""
    SharedMemory = mp.shared_memory.SharedMemory
    with created(mp, 8) as shm:
        shm.buf[0] = 42
        raises(FileExistsError, SharedMemory, shm.name, create=True, size=8)
        assert shm.buf[0] == 42, f"expected the existing block to still hold 42; it holds {shm.buf[0]!r}"


@spec("shared_memory.sharedmemory.size_default", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
def test_size_defaults_to_zero(mp):
    """size defaults to 0, so creating a block without a size raises ValueError."""
    SharedMemory = mp.shared_memory.SharedMemory

    def create_without_size():
        shm = SharedMemory(fresh_name(), create=True)
        shm.close()
        shm.unlink()
        return f"a block of {shm.size} bytes"

    raises(ValueError, create_without_size)


@spec("shared_memory.sharedmemory.size_invalid", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
@pytest.mark.parametrize("create, size", [(True, 0), (True, -1), (False, -1)], ids=["create-0", "create-negative", "attach-negative"])
def test_invalid_size_raises_value_error(mp, create, size):
    """Creating a block of size 0, or passing a negative size, raises ValueError."""
    SharedMemory = mp.shared_memory.SharedMemory
    with created(mp, 8) as existing:
        name = existing.name if not create else fresh_name()

        def open_with_size():
            shm = SharedMemory(name, create=create, size=size)
            shm.close()
            if create:
                shm.unlink()
            return f"a block of {shm.size} bytes"

        raises(ValueError, open_with_size)


@spec("shared_memory.sharedmemory.size_rounded", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
@pytest.mark.parametrize("size", [1, 10, 4097])
def test_size_is_at_least_the_requested_size(mp, size):
    """The created block's size, and its buf's length, are larger than or equal to the requested size."""
    with created(mp, size) as shm:
        got = (shm.size, len(shm.buf))
    assert min(got) >= size, f"expected size and len(buf) >= {size}; got {got!r}"


@spec("shared_memory.sharedmemory.size_ignored_attach", SHARED_MEMORY, api=("shared_memory.SharedMemory",))
@pytest.mark.parametrize("size", [1, 100000])
def test_size_is_ignored_when_attaching(mp, size):
    """size is ignored when attaching: the attached instance has the existing block's size."""
    with created(mp, 4096) as shm:
        other = mp.shared_memory.SharedMemory(shm.name, create=False, size=size)
        try:
            got = (other.size, len(other.buf))
        finally:
            other.close()
        expected = (shm.size, shm.size)
    assert got == expected, f"expected attaching with size={size} to give the block's (size, len(buf)) {expected!r}; got {got!r}"

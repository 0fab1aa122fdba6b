"""SharedMemory's buf, name and size attributes, and the documentation's low-level example."""

import array

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.shared_memory.blocks import created, fresh_name

DOC = "multiprocessing.shared_memory.html#multiprocessing.shared_memory.SharedMemory"


@spec("shared_memory.sharedmemory.buf", DOC + ".buf", api=("shared_memory.SharedMemory",))
def test_buf_is_a_memoryview_of_the_block(mp):
    """buf is a memoryview of the block's contents, written and read byte by byte or by slices."""
    with created(mp, 10) as shm:
        buf = shm.buf
        assert isinstance(buf, memoryview), f"expected buf to be a memoryview; got {type(buf)!r}"
        buf[:4] = bytearray([22, 33, 44, 55])
        buf[4] = 100
        got = bytes(buf[:5])
        del buf
    assert got == bytes([22, 33, 44, 55, 100]), f"expected buf to read back [22, 33, 44, 55, 100]; got {list(got)!r}"


@spec("shared_memory.sharedmemory.name_attr", DOC + ".name", api=("shared_memory.SharedMemory",))
def test_name_is_read_only(mp):
    """name gives read-only access to the block's unique name."""
    name = fresh_name()
    with created(mp, 8, name) as shm:
        raises(AttributeError, setattr, shm, "name", fresh_name())
        assert shm.name == name, f"expected name to stay {name!r}; got {shm.name!r}"


@spec("shared_memory.sharedmemory.size_attr", DOC + ".size", api=("shared_memory.SharedMemory",))
def test_size_is_read_only_and_the_size_in_bytes(mp):
    """size gives read-only access to the block's size in bytes, the length of buf."""
    with created(mp, 100) as shm:
        size = shm.size
        raises(AttributeError, setattr, shm, "size", size + 1)
        got = (shm.size, len(shm.buf))
    assert got == (size, size), f"expected size to stay {size} and to be len(buf); got (size, len(buf)) {got!r}"


@spec("shared_memory.sharedmemory.cross_instance", DOC, api=("shared_memory.SharedMemory",))
def test_documentation_low_level_example(mp):
    """The docs' example: bytes written through one instance are read through another attached to the same block, and back."""
    with created(mp, 10, None) as shm_a:
        buffer = shm_a.buf
        buffer[:4] = bytearray([22, 33, 44, 55])
        buffer[4] = 100
        del buffer
        shm_b = mp.shared_memory.SharedMemory(shm_a.name)
        try:
            copied = array.array("b", shm_b.buf[:5])
            shm_b.buf[:5] = b"howdy"
        finally:
            shm_b.close()
        got = (copied, bytes(shm_a.buf[:5]))
    expected = (array.array("b", [22, 33, 44, 55, 100]), b"howdy")
    assert got == expected, f"expected the docs' {expected!r}; got {got!r}"

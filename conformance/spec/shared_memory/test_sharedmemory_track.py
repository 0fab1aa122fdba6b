"""SharedMemory's track argument (3.13): resource trackers clean up blocks, per process not started by multiprocessing."""

from conformance.marks import spec
from conformance.spec.shared_memory import foreign
from conformance.spec.shared_memory.blocks import created, discard, exists, fresh_name

DOC = "multiprocessing.shared_memory.html#multiprocessing.shared_memory.SharedMemory"


@spec("shared_memory.sharedmemory.track_default", DOC, python=">=3.13", platforms=("posix",), api=("shared_memory.SharedMemory",))
def test_tracked_block_is_cleaned_up_after_its_creator_exits(mp):
    """With track=True (the default) the resource tracker cleans the block up when every process using it exits without unlinking it."""
    name = fresh_name()
    try:
        foreign.run(mp, "create", name)
        assert not exists(mp, name), f"expected the tracker to have unlinked {name!r} once its creator exited"
    finally:
        discard(mp, name)


@spec("shared_memory.sharedmemory.track_foreign_process", DOC, python=">=3.13", platforms=("posix",), api=("shared_memory.SharedMemory",))
def test_tracked_attach_in_foreign_process_deletes_block_at_its_exit(mp):
    """A process not started by multiprocessing that attaches with track=True gets its own tracker, which deletes the block when that process exits."""
    with created(mp, 8, track=False) as shm:
        foreign.run(mp, "attach", shm.name)
        assert not exists(mp, shm.name), f"expected {shm.name!r} deleted when the interpreter that attached to it with track=True exited"


@spec("shared_memory.sharedmemory.track_false", DOC, python=">=3.13", platforms=("posix",), api=("shared_memory.SharedMemory",))
def test_untracked_attach_in_foreign_process_leaves_the_block(mp):
    """A process not started by multiprocessing that attaches with track=False leaves the block when it exits."""
    with created(mp, 8) as shm:
        foreign.run(mp, "attach-untracked", shm.name)
        assert exists(mp, shm.name), f"expected {shm.name!r} to remain after the interpreter that attached with track=False exited"
        got = bytes(shm.buf[:4])
    assert got == b"seen", f"expected the block to hold that interpreter's b'seen'; got {got!r}"

"""A block shared between processes: children attach to it by name, and it outlives the process that created it."""

from conformance.marks import spec
from conformance.spec.shared_memory import targets
from conformance.spec.shared_memory.blocks import created, discard, fresh_name
from conformance.spec.support import CHILD, WAIT, running

DOC = "multiprocessing.shared_memory.html#multiprocessing.shared_memory.SharedMemory"


def _run(mp, target, *args):
    with running(mp, target, *args) as p:
        p.join(WAIT)
    assert p.exitcode == 0, f"expected the child to exit with 0; its exitcode is {p.exitcode!r}"


@spec("shared_memory.sharedmemory.child_writes", DOC, requires=("processes",), api=("shared_memory.SharedMemory",),
      needs=CHILD)
def test_child_writes_are_seen_by_parent(mp):
    """A process attaches to a block by its name: what a child writes there, the parent reads."""
    with created(mp, 8) as shm:
        _run(mp, targets.write, mp, shm.name, b"howdy")
        got = bytes(shm.buf[:5])
    assert got == b"howdy", f"expected the parent to read the child's b'howdy'; got {got!r}"


@spec("shared_memory.sharedmemory.outlives_creator", DOC, requires=("processes",), api=("shared_memory.SharedMemory",),
      needs=CHILD)
def test_block_outlives_the_process_that_created_it(mp):
    """A block may outlive the process that created it: the parent attaches to a block its exited child created."""
    name = fresh_name()
    try:
        _run(mp, targets.create_and_write, mp, name, b"howdy")
        shm = mp.shared_memory.SharedMemory(name, create=False)
        try:
            got = bytes(shm.buf[:5])
        finally:
            shm.close()
    finally:
        discard(mp, name)
    assert got == b"howdy", f"expected the block to hold the exited child's b'howdy'; got {got!r}"


@spec("shared_memory.sharedmemory.track_common_ancestor", DOC, python=">=3.13", platforms=("posix",),
      requires=("processes",), api=("shared_memory.SharedMemory",), needs=CHILD)
def test_child_attaching_and_exiting_leaves_the_block(mp):
    """Processes from a common ancestor share one resource tracker: a child that attaches (track=True) and exits leaves the block to the others."""
    with created(mp, 8) as shm:
        _run(mp, targets.write, mp, shm.name, b"howdy")
        again = mp.shared_memory.SharedMemory(shm.name, create=False)
        try:
            got = bytes(again.buf[:5])
        finally:
            again.close()
    assert got == b"howdy", f"expected the block to remain with the exited child's b'howdy'; got {got!r}"


"""managers.SharedMemoryManager: a manager process that creates SharedMemory and ShareableList blocks and unlinks them at shutdown."""

import contextlib

from conformance.marks import spec
from conformance.spec.shared_memory.blocks import discard, exists
from conformance.spec.support import CHILD

DOC = "multiprocessing.shared_memory.html#multiprocessing.managers.SharedMemoryManager"
API = ("managers.SharedMemoryManager",)
# What a test that starts a SharedMemoryManager cannot do without: that start() starts its process (a test that needs
# CHILD, and active_children() to find the process).
STARTED = ("shared_memory.sharedmemorymanager.start",)


@contextlib.contextmanager
def started(mp, **kwargs):
    """Yield a started SharedMemoryManager of this variant's context; shut it down on exit."""
    smm = mp.managers.SharedMemoryManager(ctx=mp.get_context(), **kwargs)
    smm.start()
    try:
        yield smm
    finally:
        smm.shutdown()


def let_go(mp, blocks):
    """Close these SharedMemory instances, and unlink any of their blocks that the manager left behind."""
    for shm in blocks:
        shm.close()
        discard(mp, shm.name)


@spec("shared_memory.sharedmemorymanager.subclass", DOC, api=API + ("managers.BaseManager",))
def test_is_a_base_manager(mp):
    """SharedMemoryManager is a subclass of BaseManager."""
    assert issubclass(mp.managers.SharedMemoryManager, mp.managers.BaseManager), "expected SharedMemoryManager to subclass BaseManager; it does not"


@spec("shared_memory.sharedmemorymanager.start", DOC, requires=("processes",), api=API + ("active_children",),
      needs=CHILD + ("process.active_children.returns",))
def test_start_starts_a_process_that_shutdown_stops(mp):
    """start() starts a new process that manages the blocks; shutdown() stops it."""
    before = set(mp.active_children())
    with started(mp) as smm:
        new = set(mp.active_children()) - before
        assert len(new) == 1, f"expected start() to start one process; new children: {new!r}"
        smm.shutdown()
    (server,) = new
    assert not server.is_alive(), f"expected shutdown() to stop the manager's process {server!r}"


@spec("shared_memory.sharedmemorymanager.shutdown_unlinks", DOC, platforms=("posix",), api=API, needs=STARTED)
def test_shutdown_unlinks_every_block(mp):
    """shutdown() calls unlink() on every SharedMemory and ShareableList block created through the manager."""
    blocks = []
    try:
        with started(mp) as smm:
            blocks += [smm.ShareableList(range(4)).shm, smm.SharedMemory(size=128), smm.ShareableList("alpha").shm]
            smm.shutdown()
            remaining = [b.name for b in blocks if exists(mp, b.name)]
    finally:
        let_go(mp, blocks)
    assert not remaining, f"expected shutdown() to unlink every block; these remain: {remaining!r}"


@spec("shared_memory.sharedmemorymanager.context_manager", DOC, platforms=("posix",), api=API, needs=STARTED)
def test_with_statement_releases_every_block(mp):
    """Used in a with statement, the started manager releases every block created through it when the block of code finishes."""
    smm = mp.managers.SharedMemoryManager(ctx=mp.get_context())
    with smm:
        blocks = [smm.ShareableList(range(20)).shm, smm.SharedMemory(size=16)]
    try:
        remaining = [b.name for b in blocks if exists(mp, b.name)]
    finally:
        smm.shutdown()
        let_go(mp, blocks)
    assert not remaining, f"expected leaving the with block to unlink every block; these remain: {remaining!r}"


@spec("shared_memory.sharedmemorymanager.sharedmemory", DOC + ".SharedMemory", api=API + ("shared_memory.SharedMemory",),
      needs=STARTED)
def test_shared_memory_creates_a_block_of_size_bytes(mp):
    """SharedMemory(size) creates and returns a new SharedMemory of size bytes (or more), attachable by its name."""
    blocks = []
    try:
        with started(mp) as smm:
            shm = smm.SharedMemory(size=100)
            blocks.append(shm)
            got = (shm.size >= 100, len(shm.buf) >= 100)
            other = mp.shared_memory.SharedMemory(shm.name, create=False)
            other.buf[0] = 42
            other.close()
            got += (shm.buf[0],)
    finally:
        let_go(mp, blocks)
    assert got == (True, True, 42), f"expected (size >= 100, len(buf) >= 100, the byte written through an instance attached by name) to be (True, True, 42); got {got!r}"


@spec("shared_memory.sharedmemorymanager.shareablelist", DOC + ".ShareableList", api=API, needs=STARTED)
def test_shareable_list_is_initialised_from_the_sequence(mp):
    """ShareableList(sequence) creates and returns a new ShareableList initialized with the values of sequence."""
    blocks = []
    try:
        with started(mp) as smm:
            sl = smm.ShareableList(range(4))
            blocks.append(sl.shm)
            another_sl = smm.ShareableList("alpha")
            blocks.append(another_sl.shm)
            got = (type(sl).__name__, list(sl), list(another_sl))
    finally:
        let_go(mp, blocks)
    expected = ("ShareableList", [0, 1, 2, 3], ["a", "l", "p", "h", "a"])
    assert got == expected, f"expected {expected!r}; got {got!r}"


@spec("shared_memory.sharedmemorymanager.address_authkey", DOC, platforms=("posix",), api=API, needs=STARTED)
def test_connect_to_existing_manager_by_address_and_authkey(mp):
    """A SharedMemoryManager given the address and authkey of a running one connects to it: blocks made through it are released at that one's shutdown."""
    blocks = []
    try:
        with started(mp, authkey=b"mpc-secret") as smm:
            client = mp.managers.SharedMemoryManager(address=smm.address, authkey=b"mpc-secret", ctx=mp.get_context())
            client.connect()
            blocks.append(client.SharedMemory(size=16))
            smm.shutdown()
            remaining = [b.name for b in blocks if exists(mp, b.name)]
    finally:
        let_go(mp, blocks)
    assert not remaining, f"expected the running manager's shutdown to unlink {remaining!r}, made through the connected one"

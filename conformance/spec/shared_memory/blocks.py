"""Shared memory blocks for the tests: fresh names, and blocks unlinked whatever the test does."""

import contextlib

from conformance.leaks import shm_name as fresh_name


FRESH = object()  # created()'s default name: a fresh one (None has the backend generate one)


@contextlib.contextmanager
def created(mp, size=16, name=FRESH, **kwargs):
    """Yield a new block of `size` bytes named `name`; on exit close it and unlink it if it still exists."""
    shm = mp.shared_memory.SharedMemory(fresh_name() if name is FRESH else name, create=True, size=size, **kwargs)
    try:
        yield shm
    finally:
        shm.close()
        with contextlib.suppress(FileNotFoundError):
            shm.unlink()


@contextlib.contextmanager
def shareable(mp, sequence, **kwargs):
    """Yield a new ShareableList of `sequence`; on exit close its block and unlink it if it still exists."""
    sl = mp.shared_memory.ShareableList(sequence, **kwargs)
    try:
        yield sl
    finally:
        sl.shm.close()
        with contextlib.suppress(FileNotFoundError):
            sl.shm.unlink()


def discard(mp, name):
    """Unlink the block `name` if it exists (one that a child or another interpreter created)."""
    try:
        shm = mp.shared_memory.SharedMemory(name, create=False)
    except FileNotFoundError:
        return
    shm.close()
    shm.unlink()


def exists(mp, name):
    """Whether a block named `name` can be attached to."""
    try:
        shm = mp.shared_memory.SharedMemory(name, create=False)
    except FileNotFoundError:
        return False
    shm.close()
    return True

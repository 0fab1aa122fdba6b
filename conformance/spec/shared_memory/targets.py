"""Code that runs in the child processes of the shared memory tests (importable, for spawn and forkserver)."""


def write(mp, name, data):
    """Attach to block `name`, write `data` at its start, close."""
    shm = mp.shared_memory.SharedMemory(name, create=False)
    shm.buf[: len(data)] = data
    shm.close()


def create_and_write(mp, name, data):
    """Create block `name`, write `data` at its start, close it and exit without unlinking it."""
    shm = mp.shared_memory.SharedMemory(name, create=True, size=len(data))
    shm.buf[: len(data)] = data
    shm.close()


def unlink(mp, name):
    """Attach to block `name`, close, and unlink it."""
    shm = mp.shared_memory.SharedMemory(name, create=False)
    shm.close()
    shm.unlink()


def set_last(mp, name, value):
    """Attach to the ShareableList `name` and set its last item to `value`."""
    sl = mp.shared_memory.ShareableList(name=name)
    sl[-1] = value
    sl.shm.close()

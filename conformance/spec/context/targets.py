"""Code that runs in the child processes of the context chapter (importable, for spawn and forkserver)."""

import os
import sys

# A module global: the parent changes it at run time to see whether a child shares the parent's memory.
MARK = "as imported"
# What keep() was given.
_given = []


def send_mark(conn):
    conn.send(MARK)


def send_fd_identity(conn, fd):
    """Send (st_dev, st_ino) of the file behind descriptor `fd` in this process, or None if `fd` is not open."""
    try:
        st = os.fstat(fd)
    except OSError:
        conn.send(None)
    else:
        conn.send((st.st_dev, st.st_ino))


def send_parent_pid(conn):
    conn.send(os.getppid())


def send_preloaded(conn):
    """Send the pid of the process that imported conformance.spec.context.preloaded (None: not imported)."""
    preloaded = sys.modules.get("conformance.spec.context.preloaded")
    conn.send(getattr(preloaded, "IMPORTED_IN", None))


def put_hello(q):
    q.put("hello")


def keep(obj):
    _given.append(obj)


def log_warning(message, mp):
    mp.get_logger().warning(message)


def send_logger_state(conn, mp):
    """Send (level, number of handlers) of this process's multiprocessing logger."""
    logger = mp.get_logger()
    conn.send((logger.level, len(logger.handlers)))


def leak_shared_memory(conn, shared_memory_class):
    """Create a SharedMemory segment, send its name, and die by SIGKILL without unlinking it."""
    import signal

    segment = shared_memory_class(create=True, size=16)
    conn.send(segment.name)
    os.kill(os.getpid(), signal.SIGKILL)

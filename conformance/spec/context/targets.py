"""Code that runs in the child processes of the context chapter (importable); `ch` is the test's Channel."""

import os
import sys

# A module global: the parent changes it at run time to see whether a child shares the parent's memory.
MARK = "as imported"


def noop():
    pass


def send_mark(ch):
    ch.send(MARK)


def send_hello(ch):
    ch.send("hello")


def send_fd_identity(ch, fd):
    """Send (st_dev, st_ino) of the file behind descriptor `fd` in this process, or None if `fd` is not open."""
    try:
        st = os.fstat(fd)
    except OSError:
        ch.send(None)
    else:
        ch.send((st.st_dev, st.st_ino))


def send_parent_pid(ch):
    ch.send(os.getppid())


def send_preloaded(ch):
    """Send the pid of the process that imported conformance.spec.context.preloaded (None: not imported)."""
    preloaded = sys.modules.get("conformance.spec.context.preloaded")
    ch.send(getattr(preloaded, "IMPORTED_IN", None))


def log_warning(message, mp):
    mp.get_logger().warning(message)


def send_logger_state(ch, mp):
    """Send (level, number of handlers) of this process's multiprocessing logger."""
    logger = mp.get_logger()
    ch.send((logger.level, len(logger.handlers)))


def leak_shared_memory(ch, shared_memory_class):
    """Create a SharedMemory segment, send its name, and die by SIGKILL without unlinking it."""
    import signal

    segment = shared_memory_class(create=True, size=16)
    ch.send(segment.name)
    os.kill(os.getpid(), signal.SIGKILL)

"""Capabilities a backend variant may lack, each a named, documented property."""

import os
import platform

CAPABILITIES = {
    "processes": "workers are operating-system processes, with pids, exit codes and their own memory",
    "signals": "processes can be signalled (POSIX): terminate() sends SIGTERM, kill() SIGKILL",
    "refcounting": "an object is finalized as soon as its last reference goes (CPython's reference counting;"
                   " PyPy's garbage collector finalizes later)",
}


def check(names):
    """Raise ValueError for a capability name that is not defined here."""
    unknown = [n for n in names if n not in CAPABILITIES]
    if unknown:
        raise ValueError(f"unknown capability {unknown[0]!r}; known: {', '.join(CAPABILITIES)}")


def of_interpreter():
    """The capabilities the running interpreter gives any backend."""
    return frozenset({"refcounting"} if platform.python_implementation() == "CPython" else ())


def of_processes(start_method):
    """The capabilities of a backend whose workers are OS processes started by `start_method`."""
    caps = {"processes", *of_interpreter()}
    if os.name == "posix":
        caps.add("signals")
    return frozenset(caps)

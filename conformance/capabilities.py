"""Capabilities a backend variant may lack, each a named, documented property."""

import os

CAPABILITIES = {
    "processes": "workers are operating-system processes, with pids, exit codes and their own memory",
    "signals": "processes can be signalled (POSIX): terminate() sends SIGTERM, kill() SIGKILL",
}


def check(names):
    """Raise ValueError for a capability name that is not defined here."""
    unknown = [n for n in names if n not in CAPABILITIES]
    if unknown:
        raise ValueError(f"unknown capability {unknown[0]!r}; known: {', '.join(CAPABILITIES)}")


def of_processes(start_method):
    """The capabilities of a backend whose workers are OS processes started by `start_method`."""
    caps = {"processes"}
    if os.name == "posix":
        caps.add("signals")
    return frozenset(caps)

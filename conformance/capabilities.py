"""Capabilities a backend variant may lack, each a named, documented property."""

import os
import platform

CAPABILITIES = {
    "processes": "workers are operating-system processes, with pids, exit codes and their own memory",
    "signals": "processes can be signalled (POSIX): terminate() sends SIGTERM, kill() SIGKILL",
    "refcounting": "an object is finalized as soon as its last reference goes (CPython's reference counting;"
                   " PyPy's garbage collector finalizes later)",
    "mp_context": "its executor takes a multiprocessing context (mp_context) that launches the workers",
}
# Capabilities a variant has by its other arguments, never by declaration: mp_context by its
# conformance.executors.Futures (context_keyword not None).
DERIVED = ("mp_context",)


def check(names, declared=False):
    """Raise ValueError for a capability name that is not defined here (or, when `declared`, that is derived)."""
    unknown = [n for n in names if n not in CAPABILITIES]
    if unknown:
        raise ValueError(f"unknown capability {unknown[0]!r}; known: {', '.join(CAPABILITIES)}")
    derived = [n for n in names if declared and n in DERIVED]
    if derived:
        raise ValueError(f"capability {derived[0]!r} is not declared: a variant has it when its executor takes a"
                         " context (conformance.executors.Futures with a context_keyword)")


def of_interpreter():
    """The capabilities the running interpreter gives any backend."""
    return frozenset({"refcounting"} if platform.python_implementation() == "CPython" else ())


def of_processes(start_method):
    """The capabilities of a backend whose workers are OS processes started by `start_method`."""
    caps = {"processes", *of_interpreter()}
    if os.name == "posix":
        caps.add("signals")
    return frozenset(caps)

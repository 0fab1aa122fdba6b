"""psutil helpers the harness shares: whether a process runs, a process's descendants, a backend's helpers, kill."""

import os

import psutil

# Helper processes a backend keeps for the whole run; their own children still count.
_INFRASTRUCTURE = ("forkserver import main", "resource_tracker import main", "semaphore_tracker import main")


def alive(proc):
    """Whether `proc` still runs: not a zombie, and its pid not taken by another process since."""
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


# Linux lists each thread's children in /proc (CONFIG_PROC_CHILDREN): a walk of those reads only the descendants,
# where psutil reads every process on the machine to find its parents.
_PROC_CHILDREN = os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")


def descendants(pid=None):
    """The processes descending from `pid` (default: this process); none if it is gone."""
    return processes(descendant_pids(pid))


def processes(pids):
    """psutil's Process of each of `pids` that still exists."""
    found = []
    for pid in pids:
        try:
            found.append(psutil.Process(pid))
        except psutil.Error:
            pass
    return found


def descendant_pids(pid=None):
    """The pids of the processes descending from `pid` (default: this process); none if it is gone."""
    if not _PROC_CHILDREN:
        try:
            return [p.pid for p in psutil.Process(pid).children(recursive=True)]
        except psutil.Error:
            return []
    found, todo = [], [os.getpid() if pid is None else pid]
    while todo:
        parent = todo.pop()
        try:
            tids = os.listdir(f"/proc/{parent}/task")
        except OSError:  # ended since
            continue
        for tid in tids:
            try:
                with open(f"/proc/{parent}/task/{tid}/children") as f:
                    children = [int(c) for c in f.read().split()]
            except OSError:  # the thread or its process ended since
                continue
            found += children
            todo += children
    return found


def is_infrastructure(proc):
    """A forkserver or resource tracker; not a process the forkserver forked, which has the same command line."""
    try:
        return _has_mark(proc) and not _has_mark(proc.parent())
    except psutil.Error:
        return False


def _has_mark(proc):
    if proc is None:
        return False
    cmdline = " ".join(proc.cmdline())
    return any(mark in cmdline for mark in _INFRASTRUCTURE)


def kill(procs):
    """SIGKILL each of `procs` that still exists; one that is already gone is no error."""
    for proc in procs:
        try:
            proc.kill()
        except (psutil.Error, OSError):
            pass


def end(procs, grace):
    """SIGTERM each of `procs`, then SIGKILL those still running after `grace` seconds."""
    for proc in procs:
        try:
            proc.terminate()
        except (psutil.Error, OSError):
            pass
    _, remaining = psutil.wait_procs(procs, timeout=grace)
    kill(remaining)

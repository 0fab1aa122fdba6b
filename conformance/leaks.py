"""What a test leaves behind: live child processes, and named semaphores or shared memory nobody holds."""

import gc
import os
import re
import sys
import time
import uuid

import psutil

from conformance.procs import alive, descendant_pids, is_infrastructure, kill, processes
from conformance.verdicts import Leak

_SHM = "/dev/shm"
_OWNER = "MP_CONFORMANCE_SHM_OWNER"  # the test process whose leak check answers for the names shm_name() makes
_SUITE_NAME = re.compile(r"mpc_([0-9a-f]+)_")
GRACE = 2.0  # seconds a just-finished child gets to disappear before it is a leak
SHM_GRACE = 0.5  # seconds between the two scans that find a /dev/shm entry unheld


def own_shm_names():
    """Make this process the owner of the names shm_name() makes here and in its children from now on."""
    os.environ[_OWNER] = f"{os.getpid():x}"


def shm_name():
    """A fresh name for a shared memory block a test makes, carrying its owner, so that concurrent runs
    (and the other xdist workers) do not take it for their own leak; at most 31 characters, for macOS."""
    owner = os.environ.get(_OWNER) or f"{os.getpid():x}"
    return f"mpc_{owner}_{uuid.uuid4().hex[:10]}"


def _someone_elses(name):
    match = _SUITE_NAME.match(name)
    return bool(match) and match.group(1) != os.environ.get(_OWNER)


def _describe(proc):
    try:
        return f"pid {proc.pid} ({' '.join(proc.cmdline())[:120]})"
    except psutil.Error:
        return f"pid {proc.pid}"


def _shm_entries():
    if not sys.platform.startswith("linux") or not os.path.isdir(_SHM):
        return set()
    return set(os.listdir(_SHM))


def _holders():
    """Inode -> pids of the processes that have it mapped or open, for the inodes under /dev/shm (glibc maps
    semaphores under a temporary name)."""
    holders = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/maps") as maps:
                for line in maps:
                    if _SHM + "/" in line:
                        holders.setdefault(int(line.split()[4]), set()).add(int(pid))
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}").startswith(_SHM + "/"):
                    holders.setdefault(os.stat(f"/proc/{pid}/fd/{fd}").st_ino, set()).add(int(pid))
        except (OSError, ValueError, IndexError):
            continue
    return holders


def _inode(name):
    try:
        return os.stat(os.path.join(_SHM, name)).st_ino
    except OSError:
        return None


class Watch:
    """Snapshot before a test; check() afterwards cleans up and raises Leak naming what remained."""

    def __init__(self):
        self.processes = set(descendant_pids())
        self.shm = _shm_entries()

    def check(self, api):
        try:
            api.active_children()  # lets the backend reap children that already finished
        except Exception:
            pass
        problems = self._processes() + self._shared_memory()
        if problems:
            raise Leak("the test left behind: " + "; ".join(problems) + " (cleaned up by the harness)")

    def _processes(self):
        new = [p for p in processes(set(descendant_pids()) - self.processes) if not is_infrastructure(p)]
        _, remaining = psutil.wait_procs([p for p in new if alive(p)], timeout=GRACE)
        # Judged again after the grace: a resource tracker caught between fork and exec (a loaded machine
        # can keep it there for a while) has its parent's command line until it runs the tracker's.
        remaining = [p for p in remaining if alive(p) and not is_infrastructure(p)]
        if not remaining:
            return []
        described = [f"child process {_describe(p)}" for p in remaining]
        kill(remaining)
        psutil.wait_procs(remaining, timeout=GRACE)
        return described

    def _shared_memory(self):
        # List first, then look for holders: an entry made after the listing (by a test running
        # beside this one) is not a candidate, and one listed before the scan is held if it is in use.
        # An entry in transit (pickled by a process that let go of it, not yet opened by the receiver)
        # is unheld for a moment, so an orphan must be unheld in two scans SHM_GRACE apart.
        candidates = {n for n in _shm_entries() - self.shm if not _someone_elses(n)}
        if not candidates:
            return []
        holders = _holders()
        if any(holders.get(_inode(n)) == {os.getpid()} for n in candidates):
            gc.collect()  # what the test dropped, if this process alone holds an entry, lets go of it first
            holders = _holders()
        orphans = self._unheld(candidates, holders)
        if orphans:
            time.sleep(SHM_GRACE)
            orphans = self._unheld(orphans, _holders())
        for name in orphans:
            try:
                os.unlink(os.path.join(_SHM, name))
            except OSError:
                pass
        return [f"{_SHM}/{name} (named semaphore or shared memory that no process holds)" for name in orphans]

    @staticmethod
    def _unheld(names, holders):
        return sorted(n for n in names if _inode(n) is not None and _inode(n) not in holders)

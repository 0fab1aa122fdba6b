"""Ends what a pytest-xdist worker leaves running when it dies, which would otherwise hold its channel and hang the run."""

import os
import sys
import threading
import time

import psutil

POLL = 0.5  # seconds between looks
GRACE = 5.0  # seconds a dead worker's processes get to end on their own (a resource tracker cleaning up)
ORPHAN_GRACE = 15.0  # seconds before a child of the controller that is no registered worker counts as an orphan


class Reaper:
    """In pytest-xdist's controller: ends the processes a worker leaves running when it dies.

    A worker the watchdog ended, or that crashed, leaves its children running, and a forked child holds
    the worker's end of its channel to the controller (and the run's stderr): the controller would wait
    for it forever. The reaper remembers each worker's descendants and kills those still running GRACE
    after the worker is gone. On Linux the controller also adopts orphaned descendants
    (PR_SET_CHILD_SUBREAPER), which catches a child forked just before its worker died; an adopted
    process that is still running after ORPHAN_GRACE is killed.
    """

    def __init__(self):
        self._adopts = _adopt_orphans()
        self._workers = {}  # pid -> psutil.Process
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mp-conformance-reaper", daemon=True)
        self._thread.start()

    def add_worker(self, pid):
        try:
            proc = psutil.Process(pid)
        except psutil.Error:
            return
        with self._lock:
            self._workers[pid] = proc

    def stop(self):
        self._stopped.set()
        self._thread.join(POLL * 4)

    def _run(self):
        descendants = {}  # worker pid -> its descendants, as last seen
        pending = []  # (when, processes) to kill
        adopted = {}  # orphan -> when first seen
        while not self._stopped.wait(POLL):
            now = time.monotonic()
            with self._lock:
                workers = dict(self._workers)
            for pid, worker in workers.items():
                if _alive(worker):
                    try:
                        descendants[pid] = worker.children(recursive=True)
                    except psutil.Error:
                        pass
                elif pid in descendants:
                    pending.append((now + GRACE, descendants.pop(pid)))
            if self._adopts:
                for child in _children():
                    if child.pid in workers:
                        continue
                    if not _alive(child):
                        _reap(child.pid)
                    else:
                        adopted.setdefault(child, now)
                adopted = {p: seen for p, seen in adopted.items() if _alive(p)}
                overdue = [p for p, seen in adopted.items() if now - seen >= ORPHAN_GRACE]
                if overdue:
                    pending.append((now, overdue))
            due = [procs for when, procs in pending if when <= now]
            pending = [(when, procs) for when, procs in pending if when > now]
            for procs in due:
                _kill(procs)


def _adopt_orphans():
    """Linux: make this process the parent of its orphaned descendants; False where that is not possible."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    PR_SET_CHILD_SUBREAPER = 36
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _children():
    try:
        return psutil.Process().children()
    except psutil.Error:
        return []


def _alive(proc):
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _reap(pid):
    try:
        os.waitpid(pid, os.WNOHANG)
    except OSError:
        pass


def _kill(procs):
    doomed = []
    for proc in procs:
        if _alive(proc):
            doomed.append(proc)
            try:
                doomed.extend(proc.children(recursive=True))
            except psutil.Error:
                pass
    for proc in doomed:  # an adopted one is reaped on the next look
        try:
            proc.kill()
        except psutil.Error:
            pass

"""Ends what a pytest-xdist worker leaves running when it dies, which would otherwise hold its channel and hang the run."""

import os
import signal
import sys
import threading
import time

import psutil

from conformance.procs import alive, descendants, kill

POLL = 0.5  # seconds between looks
GRACE = 5.0  # seconds a dead worker's processes get to end on their own (a resource tracker cleaning up)


class Reaper:
    """In pytest-xdist's controller: ends the processes a worker leaves running when it dies.

    A worker the watchdog ended, or that crashed, leaves its children running, and a forked child holds
    the worker's end of its channel to the controller (and the run's stderr): the controller would wait
    for it forever. The reaper notes which worker each process descends from and, GRACE after a worker
    is gone, kills those of its processes still running. On Linux the controller also adopts orphaned
    descendants (PR_SET_CHILD_SUBREAPER): an adopted process never seen under a worker (forked just
    before its worker died) is killed with the dead worker's. Orphans of live workers are left alone:
    tests watch how orphans behave.
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

    def interrupt_workers(self):
        """Send SIGINT to the workers, as Ctrl-C in a terminal does, so that an interrupted run ends now."""
        with self._lock:
            workers = list(self._workers.values())
        for worker in workers:
            try:
                worker.send_signal(signal.SIGINT)  # psutil: not to another process that took a dead worker's pid
            except psutil.Error:
                pass

    def stop(self):
        self._stopped.set()
        self._thread.join(POLL * 4)

    def _run(self):
        origin = {}  # process -> pid of the worker it was last seen under
        dead = set()
        pending = []  # (when, pid of a dead worker)
        while not self._stopped.wait(POLL):
            now = time.monotonic()
            with self._lock:
                workers = dict(self._workers)
            for pid, worker in workers.items():
                if pid in dead:
                    continue
                if alive(worker):
                    origin.update((proc, pid) for proc in descendants(pid))
                else:
                    dead.add(pid)
                    pending.append((now + GRACE, pid))
            adopted = [c for c in _children() if c.pid not in workers] if self._adopts else []
            for child in adopted:
                if not alive(child):
                    _reap(child.pid)
            for when, pid in pending:
                if when <= now:
                    _kill([p for p, w in origin.items() if w == pid] + [c for c in adopted if c not in origin])
            pending = [(when, pid) for when, pid in pending if when > now]
            origin = {p: w for p, w in origin.items() if alive(p)}


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


def _reap(pid):
    try:
        os.waitpid(pid, os.WNOHANG)
    except OSError:
        pass


def _kill(procs):
    doomed = []
    for proc in procs:
        if alive(proc):
            doomed.append(proc)
            try:
                doomed.extend(proc.children(recursive=True))
            except psutil.Error:
                pass
    kill(doomed)  # an adopted one is reaped on the next look

"""pytest-xdist's controller: the watchdog's files and the reaper for its workers, SIGTERM, and the verdict of a test
whose worker died in it (pytest_handlecrashitem)."""

import os
import signal
import threading

import pytest

from conformance import manifest, orphans, records, verdicts, watchdog


class Controller:
    """Registered in the process that is not a pytest-xdist worker; its hooks are called only where xdist runs."""

    def __init__(self, session):
        self.session = session
        self.reaper = None

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node):
        """Tell each worker where its watchdog writes; end what a dead worker leaves running; take SIGTERM."""
        node.workerinput["mp_watchdog_dir"] = self.session.watchdog_dir
        if self.reaper is None:
            self.reaper = orphans.Reaper()
            self._take_sigterm()
        try:
            # execnet has no public accessor of a gateway's process id: _rinfo() is cached, pytest-xdist asked for it
            self.reaper.add_worker(node.gateway._rinfo().pid)
        except Exception:  # another execnet: the worker's descendants go unwatched
            pass

    @pytest.hookimpl(optionalhook=True)
    def pytest_handlecrashitem(self, crashitem, report, sched):
        """A worker died in a spec test: a timeout if the watchdog ended it (with its stacks), else a crash."""
        phases = self.session.pending.get(crashitem)
        if not phases:
            return
        node = report.node
        stacks = watchdog.expired(self.session.watchdog_dir, node.gateway.id)
        if stacks:
            raw = verdicts.TIMEOUT
            message = (f"still running {self.session.watchdog.grace:g} s past its deadline, where pytest-timeout could"
                       f" not interrupt it; the watchdog ended its worker. Its stacks:\n{stacks[:3000]}")
        else:
            raw, message = verdicts.CRASH, f"{report.longrepr}{_how_worker_ended(node)}"
        fields = dict(phases[0], raw_verdict=raw, message=message)
        fields["verdict"] = manifest.apply(report, raw, fields["expected"], report.when)
        records.attach(report, fields)
        report.duration = 0.0

    def pytest_keyboard_interrupt(self, excinfo):
        """pytest-xdist's workers are interrupted too, as Ctrl-C in a terminal would, rather than left to finish."""
        if self.reaper is not None:
            self.reaper.interrupt_workers()

    def pytest_unconfigure(self, config):
        if signal.getsignal(signal.SIGTERM) == self._sigterm:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if self.reaper is not None:
            self.reaper.stop()

    def _take_sigterm(self):
        """Make SIGTERM (a CI job's time limit) end the run as Ctrl-C does, so that the report of what finished is
        written. Only pytest-xdist's controller, which runs no tests, takes it: in a process that starts tests'
        children, a SIGTERM that terminate() sends to a child between its fork and its exec (spawn, forkserver)
        would reach this handler's copy and be lost, where the C runtime does not reset it (CPython < 3.10, PyPy)."""
        if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, self._sigterm)

    def _sigterm(self, signum, frame):
        if os.getpid() != self.session.pid:  # a forked child of the controller
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        pytest.exit(f"interrupted by {signal.Signals(signum).name}", returncode=pytest.ExitCode.INTERRUPTED)


def _how_worker_ended(node):
    """', which exited with status 1' or ', killed by SIGSEGV': what the dead worker's process shows, if anything."""
    try:
        # execnet has no public way to a popen gateway's process (the worker is this process's child) or its status
        code = node.gateway._io.popen.wait(timeout=1)
    except Exception:  # another execnet or gateway, or still running
        return ""
    if code < 0:
        try:
            return f", killed by {signal.Signals(-code).name}"
        except ValueError:
            return f", killed by signal {-code}"
    return f", which exited with status {code}"

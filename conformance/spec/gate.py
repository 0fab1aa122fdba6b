"""A loopback socket that holds tasks in workers until the test opens it: needs nothing passed to the workers but its address."""

import os
import socket
import struct

from conformance.spec.channel import read_exactly, readable
from conformance.spec.support import WAIT


class Gate:
    """A loopback socket that holds tasks (`wait_at(gate.address)`) until the test opens it.

    Open it before the executor or pool waits for its tasks (use it as a context manager inside the executor's
    `with`; a pool opens it through pools.opened); a task held longer than 10 * WAIT raises instead of hanging.
    """

    def __init__(self):
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(128)  # a pool as large as the machine's CPU count may connect at once
        self._server.settimeout(WAIT)
        self.address = self._server.getsockname()
        self._pid = os.getpid()
        self._held = []

    def arrivals(self, count):
        """Wait (at most WAIT each) until `count` more tasks are held; return their worker pids."""
        pids = []
        for _ in range(count):
            if not readable([self._server], WAIT, self._pid):
                raise AssertionError(f"expected {count} calls to reach the gate within {WAIT:g} s each;"
                                     f" {len(pids)} did")
            conn, _ = self._server.accept()
            conn.settimeout(WAIT)
            pids.append(struct.unpack("!q", read_exactly(conn, 8))[0])
            self._held.append(conn)
        return pids

    def nobody_else_arrives(self, seconds):
        """True when no further task reaches the gate within `seconds`."""
        if not readable([self._server], seconds, self._pid):
            return True
        conn, _ = self._server.accept()
        conn.settimeout(WAIT)
        self._held.append(conn)
        return False

    def departures(self):
        """Wait (at most WAIT each) until the connection of every held task closes, as when its worker ends; return
        what each task sent on it meanwhile, in the order of arrival."""
        sent = []
        for conn in self._held:
            data = b""
            while True:
                if not readable([conn], WAIT, self._pid):
                    raise AssertionError(f"expected the worker of each held task to end within {WAIT:g} s;"
                                         f" {len(sent)} did, the next one still runs")
                chunk = conn.recv(64)
                if not chunk:
                    break
                data += chunk
            sent.append(data)
        return sent

    def open(self):
        """Release every held task, and those that connected but were not yet accepted, and close the gate."""
        if self._server.fileno() == -1:
            return
        self._server.setblocking(False)
        while True:
            try:
                conn, _ = self._server.accept()
            except (BlockingIOError, socket.timeout):
                break
            conn.settimeout(WAIT)
            read_exactly(conn, 8)  # closing with its pid unread would reset the connection instead of releasing it
            self._held.append(conn)
        for conn in self._held:
            try:
                conn.sendall(b"g")
            except OSError:  # that task's worker is gone
                pass
            conn.close()
        self._held = []
        try:  # forked workers share the listening socket: stop listening for them too (Linux), not just close ours
            self._server.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._server.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.open()


def connect(address):
    """A connection to the gate at `address`; the task arrives at the gate when it reports on it (report())."""
    return socket.create_connection(address, timeout=WAIT)


def report(conn):
    """Report this worker's pid on `conn`, a connection to the gate: the test's arrivals() counts it."""
    conn.sendall(struct.pack("!q", os.getpid()))


def report_at(address, value=None):
    """Report this worker's pid at the gate and return `value` without waiting for the gate to open."""
    with connect(address) as conn:
        report(conn)
    return value


def wait_at(address, value=None):
    """Report this worker's pid at the gate, wait until it opens, then return `value` (at once if already open).

    The wait outlasts the test's own bounds by far (10 * WAIT): a held task that gave up first would free its
    worker while the test still counts held tasks. The test always opens the gate (Gate's `with`).
    """
    try:
        with connect(address) as conn:
            report(conn)
            conn.settimeout(10 * WAIT)
            conn.recv(1)
    except (ConnectionRefusedError, ConnectionResetError):  # the gate opened before this call got through it
        pass
    return value

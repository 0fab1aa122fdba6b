"""The suite's own channel between a spec test and its children ("ready", "go", "here is what I saw"), over loopback."""

import os
import pickle
import select
import socket
import struct
import threading
import time

from conformance.spec.support import WAIT

_HEADER = struct.Struct("!I")


class Channel:
    """Messages between a spec test and its children that use none of the backend under test.

    The test makes it and passes it to children like any argument: to a process of any start method, a grandchild,
    a thread of a thread-based backend. Pickled, it carries only its address; a child connects on first use. In the
    process and thread that made it, the calls are the test's side; anywhere else, a child's side:

    - a child `send(obj)`s to the test, which `recv()`s the next message of any child;
    - the test `send(obj)`s (or `release()`s) to its children, each of which `recv()`s (or `wait()`s for) it. The test's
      send first waits until `children` children have connected, so a child that has not yet spoken still gets it.

    Every wait is bounded (WAIT); closing the channel (its `with`) releases every child that still waits.
    """

    def __init__(self, children=1):
        self.children = children
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.address = self._server.getsockname()
        self._owner = _me()
        self._accepted = []
        self._open = []  # accepted connections whose child has not hung up
        self._mine = {}  # a child's side: its connection to the test, per process and thread

    def __reduce__(self):
        return _remote, (self.address,)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- the test's side -------------------------------------------------------------------------------------------

    def recv(self, timeout=WAIT, what="a message"):
        """The test: the next message any child sent. A child: the next one the test sent. AssertionError, saying
        `what` was expected, if none comes within `timeout`."""
        if _me() != self._owner:
            conn = self._connection()
            conn.settimeout(timeout)
            try:
                return _read(conn)
            except socket.timeout:
                raise AssertionError(f"expected {what} from the test within {timeout:g} s; none came") from None
            finally:
                conn.settimeout(WAIT)
        found = self.poll(timeout)
        if found is None:
            raise AssertionError(f"expected {what} from a child within {timeout:g} s; none came"
                                 + (f" ({len(self._accepted) - len(self._open)} of the children that connected hung up)"
                                    if len(self._open) < len(self._accepted) else ""))
        return found[0]

    def poll(self, timeout):
        """(message,) for the next message any child sends within `timeout` seconds; None if none comes."""
        self._check_owner("poll")
        deadline = time.monotonic() + timeout
        while True:
            found = readable([self._server] + self._open, max(0.0, deadline - time.monotonic()), self._owner[0])
            if not found:
                return None
            for conn in found:
                if conn is self._server:
                    self._accept()
                    continue
                try:
                    return (_read(conn),)
                except EOFError:
                    self._open.remove(conn)

    def release(self):
        """Tell every child that waits (wait()) to go on."""
        self.send(None)

    # --- both sides ------------------------------------------------------------------------------------------------

    def send(self, obj):
        """A child: send `obj` to the test. The test: send `obj` to each of its `children` children, once connected."""
        data = pickle.dumps(obj)
        frame = _HEADER.pack(len(data)) + data
        if _me() != self._owner:
            self._connection().sendall(frame)
            return
        deadline = time.monotonic() + WAIT
        self._server.setblocking(True)
        while len(self._accepted) < self.children:
            self._server.settimeout(max(0.001, deadline - time.monotonic()))
            try:
                self._accept()
            except socket.timeout:
                raise AssertionError(f"expected {self.children} {'child' if self.children == 1 else 'children'} to connect to the test's channel within"
                                     f" {WAIT:g} s; {len(self._accepted)} did") from None
        for conn in self._accepted:
            try:
                conn.sendall(frame)
            except OSError:  # that child has ended
                pass

    def close(self):
        """The test: close every connection, which releases each child that still waits."""
        if _me() != self._owner:
            return
        for conn in self._accepted:  # shut down, not just closed: a child forked since holds a copy of each
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
        self._accepted, self._open = [], []
        try:  # forked children share the listening socket: stop it for them too, not just close ours
            self._server.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._server.close()

    # --- a child's side --------------------------------------------------------------------------------------------

    def connect(self):
        """A child: connect to the test now rather than on first use, before something that may hold up the whole
        process (under gevent, a connect yields to the hub, where a Queue's feeder may block the process in a write)."""
        self._connection()

    def wait(self, timeout=WAIT):
        """A child: wait until the test releases it or closes the channel; False if neither happens within `timeout`."""
        try:
            conn = self._connection()
        except ConnectionRefusedError:  # the test closed the channel before this child first used it
            return True
        conn.settimeout(timeout)
        try:
            _read(conn)
        except EOFError:
            pass
        except socket.timeout:
            return False
        finally:
            conn.settimeout(WAIT)
        return True

    def _connection(self):
        me = _me()
        conn = self._mine.get(me)
        if conn is None:
            conn = self._mine[me] = socket.create_connection(self.address, timeout=WAIT)
        return conn

    def _accept(self):
        conn, _ = self._server.accept()
        conn.settimeout(WAIT)
        self._accepted.append(conn)
        self._open.append(conn)

    def _check_owner(self, call):
        if _me() != self._owner:
            raise RuntimeError(f"Channel.{call}() is the test's side; a child sends with send()")


def _me():
    # The OS thread, not threading.get_ident(): under gevent that names a greenlet, and a signal handler, which gevent
    # runs in its hub, would connect anew there, where a blocking call is impossible.
    return os.getpid(), threading.get_native_id()


def _remote(address):
    """A Channel as a child unpickles it: only the address, to connect to on first use."""
    channel = Channel.__new__(Channel)
    channel.address = address
    channel._owner = None
    channel._mine = {}
    return channel


def _read(conn):
    size = _HEADER.unpack(read_exactly(conn, _HEADER.size))[0]
    return pickle.loads(read_exactly(conn, size))


def readable(sockets, timeout, pid):
    """Those of `sockets` that become readable within `timeout` seconds, waited for by the test's process `pid`.

    Under gevent a child forked meanwhile carries a copy of the waiting greenlet, which wakes there too. That copy must
    neither take what came for the test nor go on with the test: it sleeps until its process ends (or, after far
    longer than any test, ends it).
    """
    found, _, _ = select.select(sockets, [], [], timeout)
    if os.getpid() != pid:
        time.sleep(10 * WAIT)
        os._exit(1)
    return found


def read_exactly(conn, size):
    """`size` bytes from socket `conn`; EOFError if the other end closes first, or resets the connection (as a
    process does that ends with a message it never read, such as a release meant for another wait)."""
    data = b""
    while len(data) < size:
        try:
            chunk = conn.recv(size - len(data))
        except ConnectionResetError:
            chunk = b""
        if not chunk:
            raise EOFError("the other end closed the connection")
        data += chunk
    return data

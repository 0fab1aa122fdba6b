"""Listener(address, family, backlog): the address in use, the family deduced from the address, the backlog."""

import os
import socket
import stat
import tempfile

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.listener.endpoints import LOOPBACK, assert_connected, connect, unix_path

LISTENER = "multiprocessing.html#multiprocessing.connection.Listener"
ADDRESS = "multiprocessing.html#multiprocessing.connection.Listener.address"
API = ("connection.Listener", "connection.Client")


@spec("listener.listener.address", ADDRESS, api=API)
def test_address_is_the_address_in_use(mp):
    """Listener.address is the read-only address in use: for ('127.0.0.1', 0), the port the system chose."""
    with mp.connection.Listener(LOOPBACK, "AF_INET") as listener:
        address = listener.address
        assert type(address) is tuple and address[0] == "127.0.0.1" and type(address[1]) is int and address[1] != 0, (
            f"expected ('127.0.0.1', <the port chosen>) for a listener bound to {LOOPBACK!r}; got {address!r}"
        )
        client, server = connect(mp, listener, address, "AF_INET")
        with client, server:
            assert_connected(client, server)
        raises(AttributeError, setattr, listener, "address", ("127.0.0.1", address[1] + 1))


@spec("listener.listener.family_inferred", LISTENER, api=API)
def test_family_is_inferred_from_a_tuple_address(mp):
    """With family None the family is inferred from the address: a (host, port) tuple gives an AF_INET listener."""
    with mp.connection.Listener(LOOPBACK) as listener:
        address = listener.address
        assert type(address) is tuple and address[0] == "127.0.0.1", f"expected an AF_INET address ('127.0.0.1', port); got {address!r}"
        client, server = connect(mp, listener, address, "AF_INET")
        with client, server:
            assert_connected(client, server)


@spec("listener.listener.default_family", LISTENER, api=API)
def test_without_address_or_family_a_default_family_is_chosen(mp):
    """With address and family both None a default family is chosen, with an address a Client connects to."""
    with mp.connection.Listener() as listener:
        client, server = connect(mp, listener, listener.address)
        with client, server:
            assert_connected(client, server)


@spec("listener.listener.af_unix_tempdir", LISTENER, platforms=("posix",), api=API)
def test_af_unix_without_address_binds_in_a_private_temporary_directory(mp):
    """With family 'AF_UNIX' and address None the socket is created in a private temporary directory."""
    with mp.connection.Listener(family="AF_UNIX") as listener:
        address = listener.address
        assert isinstance(address, str), f"expected an AF_UNIX address (a file name); got {address!r}"
        assert stat.S_ISSOCK(os.stat(address).st_mode), f"expected a Unix socket at {address!r}"
        directory = os.path.dirname(os.path.abspath(address))
        info = os.stat(directory)
        assert os.path.realpath(directory) != os.path.realpath(tempfile.gettempdir()), (
            f"expected a directory of its own, not the shared temporary directory {directory!r}"
        )
        assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077 == 0, (
            f"expected {directory!r} to be private (ours, mode 0o700); it has uid {info.st_uid}, mode {oct(stat.S_IMODE(info.st_mode))}"
        )
        client, server = connect(mp, listener, address, "AF_UNIX")
        with client, server:
            assert_connected(client, server)


def _queued_connections(address):
    """How many non-blocking AF_UNIX connects to `address` succeed before the listen queue is full (at most 64)."""
    sockets = []
    try:
        while len(sockets) < 64:
            s = socket.socket(socket.AF_UNIX)
            sockets.append(s)
            s.setblocking(False)
            try:
                s.connect(address)
            except BlockingIOError:
                return len(sockets) - 1
        return len(sockets)
    finally:
        for s in sockets:
            s.close()


@spec("listener.listener.backlog_default", LISTENER, platforms=("linux",), api=API)
def test_backlog_is_passed_to_listen_and_defaults_to_one(mp):
    """backlog (1 by default) is passed to listen(): on Linux an AF_UNIX listener queues backlog + 1 connections."""
    queued = {}
    for backlog in (None, 1, 4):
        with unix_path() as path:
            options = {} if backlog is None else {"backlog": backlog}
            with mp.connection.Listener(path, "AF_UNIX", **options):
                queued[backlog] = _queued_connections(path)
    assert queued[4] - queued[1] == 3, f"expected backlog=4 to queue 3 connections more than backlog=1; got {queued}"
    assert queued[None] == queued[1], f"expected the default backlog to queue as many connections as backlog=1; got {queued}"

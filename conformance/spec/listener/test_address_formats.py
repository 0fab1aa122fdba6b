"""Address formats: an AF_UNIX file name, an AF_PIPE name, and strings beginning with two backslashes."""

import os
import stat
import uuid

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.listener.endpoints import assert_connected, connect, unix_path

FORMATS = "multiprocessing.html#multiprocessing-address-formats"
API = ("connection.Listener", "connection.Client")


@spec("listener.address.af_unix", FORMATS, platforms=("posix",), api=API)
def test_a_file_name_is_an_af_unix_address(mp):
    """A string naming a file is an 'AF_UNIX' address: the listener is a Unix socket there, and a Client connects to it."""
    with unix_path() as path:
        with mp.connection.Listener(path) as listener:
            assert listener.address == path, f"expected address {path!r}; got {listener.address!r}"
            assert stat.S_ISSOCK(os.stat(path).st_mode), f"expected a Unix socket at {path!r}"
            client, server = connect(mp, listener, path)
            with client, server:
                assert_connected(client, server)


@spec("listener.address.backslashes_pipe", FORMATS, platforms=("posix",), api=API)
def test_a_string_beginning_with_two_backslashes_is_not_af_unix(mp):
    """A string beginning with two backslashes is an 'AF_PIPE' address, which POSIX lacks: Listener and Client raise ValueError."""
    # The '/' makes the name a path in a missing directory: a backend that took it for AF_UNIX creates no file.
    address = "\\\\.\\pipe\\mp-conformance-absent/listener"
    raises(ValueError, mp.connection.Listener, address)
    raises(ValueError, mp.connection.Client, address)


@spec("listener.address.af_pipe", FORMATS, platforms=("win32",), api=API)
def test_a_pipe_name_is_an_af_pipe_address(mp):
    """An address r'\\\\.\\pipe\\PipeName' is an 'AF_PIPE' address: a named-pipe listener a Client connects to."""
    address = "\\\\.\\pipe\\mp-conformance-" + uuid.uuid4().hex
    with mp.connection.Listener(address) as listener:
        assert listener.address == address, f"expected address {address!r}; got {listener.address!r}"
        client, server = connect(mp, listener, address)
        with client, server:
            assert_connected(client, server)

"""Remote managers: connect() to a running server, authentication keys, and the serializer."""

import pytest

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import raises
from conformance.spec.managers import servers, targets
from conformance.spec.support import WAIT

CONNECT = "multiprocessing.html#multiprocessing.managers.BaseManager.connect"
BASE = "multiprocessing.html#multiprocessing.managers.BaseManager"
LOOPBACK = ("127.0.0.1", 0)


@spec("managers.connect.remote", CONNECT, requires=("processes",), api=("managers.BaseManager",),
      needs=support.CHILD + servers.MANAGER + servers.FOUND)
def test_connect_uses_a_running_server_from_another_process(mp):
    """connect() attaches a manager (registered without a callable) to a running server, from another process."""
    m = servers.manager(mp, "QueueServer", address=LOOPBACK, authkey=b"abracadabra")
    with servers.started(mp, m):
        with support.running(mp, targets.put_remote, mp.managers.BaseManager, m.address, b"abracadabra", "hello"):
            pass
        assert m.get_queue().get(timeout=WAIT) == "hello", "expected the item a connected process put"


@spec("managers.remote.queue_example", "multiprocessing.html#using-a-remote-manager", requires=("processes",),
      api=("managers.BaseManager",), needs=support.CHILD + servers.MANAGER + servers.FOUND)
def test_remote_clients_share_the_servers_queue(mp):
    """A server exposing a queue through register('get_queue', callable) lets one client put and another get."""
    m = servers.manager(mp, "QueueServer", address=LOOPBACK, authkey=b"abracadabra")
    with servers.started(mp, m):
        with support.running(mp, targets.put_remote, mp.managers.BaseManager, m.address, b"abracadabra", "hello"):
            pass
        client = servers.manager(mp, "QueueClient", address=m.address, authkey=b"abracadabra")
        client.connect()
        assert client.get_queue().get(timeout=WAIT) == "hello", "expected the second client to get what the first put"


@spec("managers.connect.bad_authkey", "multiprocessing.html#authentication-keys", api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_connect_with_the_wrong_authkey_is_refused(mp):
    """Connecting to a manager with the wrong authkey raises AuthenticationError."""
    m = servers.manager(mp, "QueueServer", address=LOOPBACK, authkey=b"abracadabra")
    with servers.started(mp, m):
        client = servers.manager(mp, "QueueClient", address=m.address, authkey=b"wrong")
        raises(mp.AuthenticationError, client.connect)


@spec("managers.basemanager.authkey_default", BASE, api=("managers.BaseManager", "current_process"),
      needs=servers.MANAGER + servers.FOUND)
def test_authkey_none_is_the_current_process_authkey(mp):
    """With authkey None the server checks current_process().authkey: clients with that key get in, others do not."""
    m = servers.manager(mp, "QueueServer", address=LOOPBACK)
    with servers.started(mp, m):
        client = servers.manager(mp, "QueueClient", address=m.address, authkey=bytes(mp.current_process().authkey))
        client.connect()
        other = servers.manager(mp, "QueueClient", address=m.address, authkey=b"not " + bytes(mp.current_process().authkey))
        raises(mp.AuthenticationError, other.connect)


@spec("managers.basemanager.serializer", BASE, api=("managers.BaseManager",), needs=servers.MANAGER + servers.FOUND)
@pytest.mark.parametrize("serializer, expected", [("pickle", (1, 2)), ("xmlrpclib", [1, 2])])
def test_serializer_pickle_or_xmlrpclib(mp, serializer, expected):
    """serializer 'pickle' keeps a returned tuple; 'xmlrpclib' (xmlrpc.client serialization) makes it a list."""
    m = servers.manager(mp, "MathsManager", serializer=serializer)
    with servers.started(mp, m):
        result = m.Maths().pair(1, 2)
        assert result == expected and type(result) is type(expected), \
            f"expected pair(1, 2) through {serializer!r} to give {expected!r}; got {result!r}"

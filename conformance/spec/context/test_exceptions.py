"""ProcessError and its subclasses BufferTooShort, AuthenticationError and TimeoutError."""

import threading

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.gate import Gate, wait_at
from conformance.spec.pool.pools import opened
from conformance.spec.support import BLOCKED, WAIT


@spec("context.exc.processerror_base", "multiprocessing.html#multiprocessing.ProcessError",
      api=("ProcessError", "BufferTooShort", "AuthenticationError", "TimeoutError"))
def test_processerror_is_the_base_of_the_exceptions(mp):
    """ProcessError is the base class of all multiprocessing exceptions."""
    assert issubclass(mp.ProcessError, Exception), f"expected ProcessError to be an Exception, its bases are {mp.ProcessError.__mro__}"
    for name in ("BufferTooShort", "AuthenticationError", "TimeoutError"):
        cls = getattr(mp, name)
        assert issubclass(cls, mp.ProcessError), f"expected {name} to subclass ProcessError, its bases are {cls.__mro__}"


@spec("context.exc.authenticationerror", "multiprocessing.html#multiprocessing.AuthenticationError",
      api=("AuthenticationError", "connection.Listener", "connection.Client"),
      needs=("listener.client.returns_connection",))
def test_wrong_authkey_raises_authenticationerror(mp):
    """AuthenticationError is raised when there is an authentication error (a client with the wrong key)."""
    listener = mp.connection.Listener(authkey=b"right key")
    server_errors = []

    def serve():
        try:
            listener.accept().close()
        except Exception as e:
            server_errors.append(e)

    server = threading.Thread(target=serve, daemon=True)
    server.start()
    try:
        raises(mp.AuthenticationError, mp.connection.Client, listener.address, authkey=b"wrong key")
        server.join(WAIT)
    finally:
        listener.close()
        server.join(WAIT)
    assert server_errors and isinstance(server_errors[0], mp.AuthenticationError), \
        f"expected the listener's accept() to raise AuthenticationError too, got {server_errors}"


@spec("context.exc.timeouterror", "multiprocessing.html#multiprocessing.TimeoutError", api=("TimeoutError", "Pool"),
      needs=("pool.asyncresult.get.returns",))
def test_expired_timeout_raises_timeouterror(mp):
    """TimeoutError is raised by methods with a timeout when the timeout expires (AsyncResult.get)."""
    with Gate() as gate, opened(mp.Pool, 1, gate=gate) as pool:
        result = pool.apply_async(wait_at, (gate.address, "released"))
        raises(mp.TimeoutError, result.get, BLOCKED)
        gate.open()
        got = result.get(WAIT)
        assert got == "released", f"expected the task to return 'released' once let through the gate, got {got!r}"

"""ProcessError and its subclasses BufferTooShort, AuthenticationError and TimeoutError."""

import threading

import pytest

from conformance.marks import spec
from conformance.spec.context import targets
from conformance.spec.support import BLOCKED, WAIT


@spec("misc.exc.processerror_base", "multiprocessing.html#multiprocessing.ProcessError",
      api=("ProcessError", "BufferTooShort", "AuthenticationError", "TimeoutError"))
def test_processerror_is_the_base_of_the_exceptions(mp):
    """ProcessError is the base class of all multiprocessing exceptions."""
    assert issubclass(mp.ProcessError, Exception), f"expected ProcessError to be an Exception, its bases are {mp.ProcessError.__mro__}"
    for name in ("BufferTooShort", "AuthenticationError", "TimeoutError"):
        cls = getattr(mp, name)
        assert issubclass(cls, mp.ProcessError), f"expected {name} to subclass ProcessError, its bases are {cls.__mro__}"


@spec("misc.exc.authenticationerror", "multiprocessing.html#multiprocessing.AuthenticationError",
      api=("AuthenticationError", "connection.Listener", "connection.Client"))
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
        with pytest.raises(mp.AuthenticationError):
            mp.connection.Client(listener.address, authkey=b"wrong key").close()
        server.join(WAIT)
    finally:
        listener.close()
        server.join(WAIT)
    assert server_errors and isinstance(server_errors[0], mp.AuthenticationError), \
        f"expected the listener's accept() to raise AuthenticationError too, got {server_errors}"


@spec("misc.exc.timeouterror", "multiprocessing.html#multiprocessing.TimeoutError", api=("TimeoutError", "Pool"))
def test_expired_timeout_raises_timeouterror(mp):
    """TimeoutError is raised by methods with a timeout when the timeout expires (AsyncResult.get)."""
    release = mp.Event()
    pool = mp.Pool(1, initializer=targets.keep, initargs=(release,))
    try:
        result = pool.apply_async(targets.wait_for_given_event)
        with pytest.raises(mp.TimeoutError):
            result.get(BLOCKED)
        release.set()
        assert result.get(WAIT) is True, "expected the task to finish once released"
    finally:
        release.set()
        pool.terminate()
        pool.join()

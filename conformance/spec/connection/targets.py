"""Code that runs in child processes (or threads) of the connection tests; importable by spawned children."""

EXAMPLE = [42, None, "hello"]


def send_example(conn):
    """The child of the documentation's Pipe example: send a list, then close the connection."""
    conn.send(EXAMPLE)
    conn.close()


def echo(conn):
    """Send back the one object received."""
    conn.send(conn.recv())


def exit_holding(conn):
    """Return at once: the child's end `conn` is closed only by the process exiting."""


def recv_through_received_connection(conn, ch):
    """Receive a connection over `conn`, then report over the test's channel `ch` what that connection receives."""
    ch.send(conn.recv().recv())


def send_numbered(conn, name, count):
    """The child of the documentation's wait() example: send `count` (i, name) tuples, then close."""
    for i in range(count):
        conn.send((i, name))
    conn.close()


def wait_released(ch):
    """Say over the test's channel `ch` that the child runs, then stay alive until the test releases it (at most WAIT)."""
    ch.send("running")
    ch.wait()


class Reduced:
    """An object whose pickle re-creates it as rebuilt(value), so that a receiver can tell it was unpickled."""

    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return rebuilt, (self.value,)


def rebuilt(value):
    """What unpickling a Reduced gives."""
    return ("rebuilt from its pickle", value)


def send_or_close(send, conn, message):
    """send(message); if it raises ValueError, close conn so that the receiver sees end of file, and re-raise."""
    try:
        send(message)
    except ValueError:
        conn.close()
        raise

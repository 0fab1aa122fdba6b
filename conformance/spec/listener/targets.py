"""Code that runs in child processes of the listener tests; importable by spawned children."""

from conformance.spec.support import WAIT


def send_then_wait(mp, address, message, event):
    """Connect to the AF_INET listener at `address`, send `message`, and stay connected until `event` is set."""
    with mp.connection.Client(address, family="AF_INET") as conn:
        conn.send(message)
        event.wait(WAIT)


def send_with_own_authkey(mp, address, message):
    """Connect to `address` authenticating with this process's current_process().authkey, and send `message`."""
    with mp.connection.Client(address, family="AF_INET", authkey=mp.current_process().authkey) as conn:
        conn.send(message)

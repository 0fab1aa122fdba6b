"""Code that runs in child processes of the listener tests; importable by spawned children."""


def send_then_wait(mp, address, message, ch):
    """Connect to the AF_INET listener at `address`, send `message`, and stay connected until the test releases the
    channel `ch`."""
    with mp.connection.Client(address, family="AF_INET") as conn:
        conn.send(message)
        ch.wait()


def send_with_own_authkey(mp, address, message):
    """Connect to `address` authenticating with this process's current_process().authkey, and send `message`."""
    with mp.connection.Client(address, family="AF_INET", authkey=mp.current_process().authkey) as conn:
        conn.send(message)


def send_key_through_pipe(mp, key, conn):
    """Make `key` this process's authkey, then send current_process().authkey (as bytes) through the Pipe() end `conn`."""
    mp.current_process().authkey = key
    conn.send(bytes(mp.current_process().authkey))
    conn.close()


def put_key_on_queue(mp, key, q):
    """Make `key` this process's authkey, then put current_process().authkey (as bytes) on the Queue `q` and flush it."""
    mp.current_process().authkey = key
    q.put(bytes(mp.current_process().authkey))
    q.close()
    q.join_thread()

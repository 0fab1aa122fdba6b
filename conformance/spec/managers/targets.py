"""Code that runs in manager servers and child processes of the managers tests; importable by spawned children."""

import copyreg
import os
import queue
import signal
import threading

from conformance.spec.support import WAIT


class Maths:
    """The docs' MathsClass, plus methods that tell where an object lives and what a method returns."""

    def add(self, x, y):
        return x + y

    def mul(self, x, y):
        return x * y

    def ident(self):
        return id(self)

    def pid(self):
        return os.getpid()

    def pair(self, x, y):
        return (x, y)

    def twin(self):
        return Maths()

    def _hidden(self):
        return "hidden"


QUEUE = queue.Queue()


def get_queue():
    """The server's one queue, as in the docs' remote-manager example."""
    return QUEUE


# Manager classes by name: the register() calls each one gets.
REGISTRATIONS = {
    "MathsManager": [("Maths", Maths)],
    "ExposedManager": [("Maths", Maths, None, ("add",))],
    "TwinManager": [("Maths", Maths, None, None, {"twin": "Twin"}), ("Twin", None, None, None, None, False)],
    "QueueServer": [("get_queue", get_queue)],
    "QueueClient": [("get_queue",)],
}


class _Built(type):
    """Metaclass of the classes manager_class() builds: they pickle as that call, so spawned children rebuild them."""


_BUILT = {}


def manager_class(base, name):
    """The subclass `name` of the backend's BaseManager `base`, with the registrations REGISTRATIONS[name]."""
    if (base, name) not in _BUILT:
        cls = _Built(name, (base,), {"__module__": __name__, "_built_from": (base, name)})
        for args in REGISTRATIONS[name]:
            cls.register(*args)
        _BUILT[base, name] = cls
    return _BUILT[base, name]


copyreg.pickle(_Built, lambda cls: (manager_class, cls._built_from))


def report(ch, *args):
    """Send (this process's pid, args) over the test's channel `ch`: a server initializer that says where and with what
    it ran."""
    ch.send((os.getpid(), args))


def linger(ignore_sigterm):
    """A server initializer that keeps the server process from exiting (and from SIGTERM if `ignore_sigterm`)."""
    if ignore_sigterm:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=threading.Event().wait, args=(WAIT,)).start()


def serve(base, name, address, authkey, ch):
    """Run manager class `name` with get_server().serve_forever(), first sending the server's address over the test's
    channel `ch`."""
    server = manager_class(base, name)(address=address, authkey=authkey).get_server()
    ch.send(server.address)
    server.serve_forever()


def put_remote(base, address, authkey, item):
    """Connect a QueueClient to the server at `address` and put `item` on its queue."""
    manager = manager_class(base, "QueueClient")(address=address, authkey=authkey)
    manager.connect()
    manager.get_queue().put(item)


def example_f(d, l):
    """The child of the docs' Manager example."""
    d[1] = '1'
    d['2'] = 2
    d[0.25] = None
    l.reverse()


def set_item(key, value, *containers):
    """container[key] = value for each container."""
    for container in containers:
        container[key] = value


def set_nested(outer, index, key, value):
    """outer[index][key] = value: a change to a shared object held in another shared object."""
    outer[index][key] = value


def set_attr(obj, name, value):
    """setattr(obj, name, value)."""
    setattr(obj, name, value)


def call(method, args, *objs):
    """obj.method(*args) for each obj."""
    for obj in objs:
        getattr(obj, method)(*args)


def hold(lock, ch, times=1):
    """Acquire `lock` `times` times, say so over the test's channel `ch`, and release it as often once the test releases
    the channel (at most WAIT later)."""
    for _ in range(times):
        lock.acquire()
    ch.send("held")
    ch.wait()
    for _ in range(times):
        lock.release()


def wait_notified(cond, ch):
    """Holding `cond`, send 'waiting' over the test's channel `ch` and wait to be notified; send what wait() returned."""
    with cond:
        ch.send("waiting")
        ch.send(cond.wait(WAIT))


def pass_barrier(barrier, ch):
    """Send over the test's channel `ch` what barrier.wait() returned."""
    ch.send(barrier.wait(WAIT))


class Count:
    """A counter value whose subtraction (in `d['count'] -= 1`) first waits until the other child has read too.

    The child says over the test's channel that it has read; the test releases both children once both have. Under a
    lock the wait is skipped when the lock keeps a second acquirer out, since then the other child cannot read before
    this one writes; a lock that lets it in gets the same forced interleaving.
    """

    def __init__(self, n):
        self.n = n

    def __sub__(self, k):
        if LOCK is None or _lets_in(LOCK):
            CHANNEL.send("read; waiting for the other child")
            CHANNEL.wait()
        else:
            CHANNEL.send("read; the lock keeps the other child out")
        return Count(self.n - k)


CHANNEL = None
LOCK = None


def _lets_in(lock):
    if lock.acquire(False):
        lock.release()
        return True
    return False


def decrement(d, ch, lock=None):
    """d['count'] -= 1, holding `lock` if given; Count's subtraction waits, released over the test's channel `ch`, for the
    other child."""
    global CHANNEL, LOCK
    CHANNEL, LOCK = ch, lock
    if lock is None:
        d['count'] -= 1
    else:
        with lock:
            d['count'] -= 1


KEPT = []


def keep_a_manager(mp, ch):
    """Start mp.Manager(), keep it referenced until this process exits, and send the pids of this process's children
    over the test's channel `ch`."""
    KEPT.append(mp.Manager())
    ch.send([p.pid for p in mp.active_children()])

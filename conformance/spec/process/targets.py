"""Code that runs in the child processes of the process chapter (importable); `ch` is the test's Channel."""

import os
import signal
import sys

from conformance.spec.support import WAIT


def noop():
    pass


def wait_for_release(ch):
    """Run until the test releases this process through the channel `ch` (or closes it; at most WAIT)."""
    ch.wait()


def signal_ready_then_wait(ch):
    ch.send("ready")
    ch.wait()


def exit_with(code):
    sys.exit(code)


def raise_error():
    raise RuntimeError("uncaught in the child, on purpose")


def kill_self(signum):
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def send_call(ch, *args, **kwargs):
    ch.send((args, kwargs))


def send_pid(ch):
    ch.send(os.getpid())


def send_name(ch, mp):
    ch.send(mp.current_process().name)


def send_daemon(ch, mp):
    ch.send(mp.current_process().daemon)


def send_authkey(ch, mp):
    ch.send(bytes(mp.current_process().authkey))


def send_current_process(ch, mp):
    """Send what current_process() is in this child: (same object twice?, a Process?, its name)."""
    me = mp.current_process()
    ch.send((me is mp.current_process(), isinstance(me, mp.Process), me.name))


def send_parent_process(ch, mp):
    parent = mp.parent_process()
    ch.send(None if parent is None else (parent.name, parent.pid))


def send_new_process_names(ch, mp):
    """Send this child's name and the default names of the first two Process objects it creates."""
    ch.send((mp.current_process().name, [mp.Process(target=noop).name, mp.Process(target=noop).name]))


def send_new_process_daemon(ch, mp):
    ch.send(mp.Process(target=noop).daemon)


def send_self_join_error(ch, mp):
    """Send the name of the exception current_process().join() raises here, or None if it returns."""
    try:
        mp.current_process().join(WAIT)
    except Exception as e:
        ch.send(type(e).__name__)
    else:
        ch.send(None)


def send_start_child_error(ch, mp):
    """Send the name of the exception starting a child raises here (None if the child started), and the child's pid."""
    child = mp.Process(target=noop)
    try:
        child.start()
    except Exception as e:
        ch.send((type(e).__name__, child.pid))
    else:
        child.join(WAIT)
        ch.send((None, child.pid))


def send_stdin(ch):
    """Send what this child reads from sys.stdin, and whether its descriptor is os.devnull."""
    devnull = os.stat(os.devnull)
    opened = os.fstat(sys.stdin.fileno())
    ch.send((sys.stdin.read(), (opened.st_dev, opened.st_ino) == (devnull.st_dev, devnull.st_ino)))


def report_signal(ch, signum):
    """Say "ready" on the channel `ch`, then wait for release; report `signum` on `ch` if it arrives, and exit."""
    def handler(received, frame):
        ch.send(received)
        os._exit(0)

    signal.signal(signum, handler)
    ch.send("ready")
    ch.wait()


def send_from_finally(ch):
    """Wait for release in a try clause whose finally clause reports on the channel `ch` ("ready" is said inside it)."""
    try:
        ch.send("ready")
        ch.wait()
    finally:
        ch.send("finally clause ran")


def report_keyboard_interrupt(ch, reraise):
    """Report a KeyboardInterrupt on the channel `ch`; re-raise it, or discard it and keep waiting for release.

    "ready" is said inside the try clause: the parent may interrupt as soon as it has it.
    """
    try:
        ch.send("ready")
        ch.wait()
    except KeyboardInterrupt:
        ch.send("KeyboardInterrupt")
        if reraise:
            raise
        ch.wait()


def hold_until_released(ch, hold):
    """Report this process's pid on the channel `ch`, then hold until the channel `hold` is released or closed.

    It outwaits the test's own bounds by far (10 * WAIT, since a loaded machine stretches the test's
    several WAITs), so that a parent waiting for it cannot look correct; the test always closes `hold`.
    """
    ch.send(os.getpid())
    hold.wait(10 * WAIT)


def start_grandchild(mp, ch, hold, daemon):
    """Start a grandchild that reports its pid on `ch` and holds until `hold` is released; once the test releases
    `ch`, say "returning" on it and return."""
    mp.Process(target=hold_until_released, args=(ch, hold), daemon=daemon).start()
    ch.wait()
    ch.send("returning")


def answer_when_asked(ch):
    """Say ("ready", pid) on the channel `ch`; once the test asks (sends anything), answer "still running"."""
    ch.send(("ready", os.getpid()))
    ch.recv(what="the test's question")
    ch.send("still running")


def start_orphan_then_wait(mp, ch):
    """Start a grandchild that answers when asked, say ("started", pid) on the channel `ch`, then wait for release."""
    mp.Process(target=answer_when_asked, args=(ch,)).start()
    ch.send(("started", os.getpid()))
    ch.wait()


class _RunOverride:
    """A Process subclass body: __init__ calls the base first, run() sends a message instead of a target's."""

    def __init__(self, ch):
        super().__init__()
        self.ch = ch

    def run(self):
        self.ch.send("overridden run() ran")

    def __reduce__(self):
        # The class is made at run time, so spawn and forkserver rebuild it from its base instead of by name.
        return _rebuild_run_override, (type(self).__mro__[2], self.__dict__)


_RUN_OVERRIDES = {}


def run_override_class(process_class):
    """A subclass of `process_class` overriding run(), picklable into spawn and forkserver children."""
    if process_class not in _RUN_OVERRIDES:
        _RUN_OVERRIDES[process_class] = type("RunOverride", (_RunOverride, process_class), {})
    return _RUN_OVERRIDES[process_class]


def _rebuild_run_override(process_class, state):
    cls = run_override_class(process_class)
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj

"""Children that the process chapter's tests hold on the suite's channel until they let them go."""

import contextlib

from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets


@contextlib.contextmanager
def held(mp, target=targets.wait_for_release, *args):
    """Start target(ch, *args) in a child and yield (the process, ch), `ch` a new Channel the child waits on.

    The test lets the child go with ch.release() (which waits until the child has connected: never after killing it).
    On exit the channel is closed first, which releases a child still waiting, then the child is reaped.
    """
    with Channel() as ch:
        with support.running(mp, target, ch, *args) as p, ch:
            yield p, ch


def ready(p, ch):
    """Wait until the held child `p` says "ready" on `ch` and blocks waiting for release.

    A signal must find the child blocked in that wait: sent just before it, after the interpreter's last check
    for signals, its Python handler would run only when the wait returns (WAIT seconds later).
    """
    said = ch.recv(what='the child\'s "ready"')
    assert said == "ready", f'expected the child to say "ready", got {said!r}'
    assert support.blocked(p), f"expected the child to wait for release once ready; it ended (exit code {p.exitcode!r})"

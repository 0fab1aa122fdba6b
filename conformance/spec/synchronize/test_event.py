"""Event: a flag shared by processes: is_set, set, clear and wait(timeout)."""

import contextlib

from conformance.marks import spec
from conformance.spec.calls import gives_up
from conformance.spec.channel import Channel
from conformance.spec.support import BLOCKED, CHILD, TIMEOUT, running
from conformance.spec.synchronize import targets
from conformance.spec.synchronize.observe import next_within, released

EVENT = "threading.html#threading.Event"


def _waiting(mp, event, names, ch, stack):
    """Start (on ExitStack `stack`) a child per name that waits for `event`, reporting on channel `ch`; return once
    all of them block in wait()."""
    for name in names:
        stack.enter_context(running(mp, targets.wait_for_event, event, name, ch))
    reports = [ch.recv(what="each child's report that it is about to wait") for _ in names] + [next_within(ch, BLOCKED)]
    returned = [r for r in reports if r is not None and r[0] != "waiting"]
    assert not returned, f"expected each child's wait() to block until the flag was set; these returned: {returned!r}"


def _is_set_in_child(mp, event):
    """What event.is_set() returns in a child process."""
    with Channel() as ch, running(mp, targets.report_is_set, event, ch):
        return ch.recv(what="what is_set() returned in the child")


@spec("synchronize.event.ctor.initially_clear", EVENT)
def test_new_event_is_not_set(mp):
    """A new Event's flag is false: is_set() returns False."""
    got = mp.Event().is_set()
    assert got is False, f"expected is_set() of a new Event to return False; got {got!r}"


@spec("synchronize.event.wait.blocks", EVENT, needs=CHILD)
def test_wait_blocks_until_another_process_sets_the_flag(mp):
    """wait() blocks until another process sets the flag, then returns True."""
    event = mp.Event()
    with Channel() as ch, contextlib.ExitStack() as stack:
        _waiting(mp, event, ["child"], ch, stack)
        event.set()
        got, = released(ch, 1, "set()")
    assert got == ("child", True), f"expected the child's wait() to return True once set; got {got!r}"


@spec("synchronize.event.wait.timeout_returns_flag", EVENT)
def test_wait_returns_the_flag(mp):
    """wait(timeout) returns the flag: False when the timeout expires, True when set."""
    event = mp.Event()
    got = gives_up(TIMEOUT, event.wait, TIMEOUT)
    assert got is False, f"expected wait({TIMEOUT}) on a clear Event to return False; got {got!r}"
    event.set()
    got = event.wait(0.05)
    assert got is True, f"expected wait(0.05) on a set Event to return True; got {got!r}"
    got = event.wait()
    assert got is True, f"expected wait() on a set Event to return True; got {got!r}"


@spec("synchronize.event.set.wakes_all", EVENT, needs=CHILD)
def test_set_wakes_every_waiting_process(mp):
    """set() sets the flag for every process and wakes all processes waiting for it."""
    event = mp.Event()
    with Channel() as ch, contextlib.ExitStack() as stack:
        _waiting(mp, event, ["a", "b"], ch, stack)
        event.set()
        woken = sorted(released(ch, 2, "set()"))
    assert woken == [("a", True), ("b", True)], f"expected both waits to return True after set(); got {woken!r}"
    got = _is_set_in_child(mp, event)
    assert got is True, f"expected is_set() in another process to return True after set(); got {got!r}"


@spec("synchronize.event.clear.resets", EVENT, needs=CHILD)
def test_clear_resets_the_flag_for_every_process(mp):
    """clear() resets the flag to false, for every process; wait(timeout) then times out."""
    event = mp.Event()
    event.set()
    event.clear()
    assert event.is_set() is False, "expected is_set() to return False after clear()"
    got = _is_set_in_child(mp, event)
    assert got is False, f"expected is_set() in another process to return False after clear(); got {got!r}"
    got = gives_up(TIMEOUT, event.wait, TIMEOUT)
    assert got is False, f"expected wait({TIMEOUT}) after clear() to return False; got {got!r}"

"""The suite's own channel (conformance.spec.channel) works on every start method, in threads, and bounds its waits."""

import multiprocessing
import os
import multiprocessing.dummy
import time

import pytest

from conformance.spec import channel as channel_module
from conformance.spec.channel import Channel


def _echo(ch):
    ch.send(("ready", multiprocessing.current_process().name))
    ch.wait()
    ch.send(ch.recv())


def _grandparent(ch):
    p = multiprocessing.get_context("spawn").Process(target=_echo, args=(ch,))
    p.start()
    p.join(30)


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver", "dummy"])
def test_ready_go_and_report(method):
    ctx = multiprocessing.dummy if method == "dummy" else multiprocessing.get_context(method)
    with Channel(children=2) as ch:
        ps = [ctx.Process(target=_echo, args=(ch,)) for _ in range(2)]
        for p in ps:
            p.start()
        assert ch.recv()[0] == "ready"
        ch.release()  # the second child may not have spoken yet: it still gets it
        ch.send("payload")
        rest = [ch.recv() for _ in range(3)]
        assert rest.count("payload") == 2 and [m[0] for m in rest if m != "payload"] == ["ready"]
        for p in ps:
            p.join(30)
    assert all(p.exitcode in (0, None) for p in ps)


def test_a_grandchild_reaches_the_test():
    with Channel() as ch:
        p = multiprocessing.get_context("fork").Process(target=_grandparent, args=(ch,))
        p.start()
        assert ch.recv()[0] == "ready"
        ch.release()
        ch.send(7)
        assert ch.recv() == 7
        p.join(30)


def _wait_reports(ch, report):
    report.send("waiting")
    report.send(ch.wait(timeout=30))


def test_closing_releases_a_waiting_child():
    with Channel() as report:
        ch = Channel()
        p = multiprocessing.get_context("fork").Process(target=_wait_reports, args=(ch, report))
        p.start()
        assert report.recv() == "waiting"
        ch._server.settimeout(30)
        ch._accept()
        ch.close()
        assert report.recv() is True, "expected wait() to return True once the test closed the channel"
        p.join(30)


def _speak_then_hold(ch, hold):
    ch.send("holding")
    hold.wait()


def _speak_once_released(ch):
    ch.wait()
    ch.send("released")


def test_a_child_that_ends_with_a_message_unread_is_a_hang_up():
    """A child that ends without reading what the test sent it resets its connection: the test reads that as the
    child hanging up, and still gets the other children's messages."""
    fork = multiprocessing.get_context("fork")
    with Channel(children=2) as ch, Channel() as hold:
        holder = fork.Process(target=_speak_then_hold, args=(ch, hold))
        holder.start()
        assert ch.recv() == "holding"
        waiter = fork.Process(target=_speak_once_released, args=(ch,))
        waiter.start()
        ch.release()  # the holder never reads it: its end resets its connection
        hold.release()
        holder.join(30)
        waiter.join(30)
        assert ch.recv() == "released"


def test_recv_gives_up_in_time_and_says_what_it_expected(monkeypatch):
    with Channel() as ch:
        start = time.monotonic()
        with pytest.raises(AssertionError, match="expected the child's pid from a child within 0.2 s; none came"):
            ch.recv(0.2, what="the child's pid")
        assert 0.18 <= time.monotonic() - start < 2


def test_send_gives_up_when_no_child_connects(monkeypatch):
    monkeypatch.setattr(channel_module, "WAIT", 0.2)
    with Channel() as ch:
        with pytest.raises(AssertionError, match="expected 1 child to connect"):
            ch.send("go")


def test_a_child_that_comes_after_the_channel_closed_is_released():
    ch = Channel()
    ch.close()
    assert _remote_of(ch).wait(timeout=30) is True


def _remote_of(ch):
    return channel_module._remote(ch.address)


def test_a_forked_copy_of_the_waiting_test_leaves_the_message_to_the_test(monkeypatch):
    """Under gevent a forked child carries a copy of the test's waiting greenlet, which wakes there too; the copy
    must end without reading what came for the test (here the child plays that copy with a plain fork)."""
    monkeypatch.setattr(channel_module.time, "sleep", lambda seconds: None)  # the copy's sleep until its process ends
    with Channel() as ch:
        sender = _remote_of(ch)
        sender.send("for the test")
        pid = os.fork()
        if pid == 0:
            ch._check_owner = lambda call: None  # the copy was past this check when the fork happened
            try:
                ch.poll(30)
            finally:
                os._exit(0)  # reached only if poll returned
        _, status = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(status) == 1, "expected the copy to end (exit code 1) instead of taking the message"
        assert ch.recv(timeout=5) == "for the test"

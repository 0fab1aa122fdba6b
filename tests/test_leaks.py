"""The leak check answers only for what its own test left: shared memory names it made, processes that are not helpers."""

import os
import subprocess
import sys
import time
import types

import psutil
import pytest

from conformance import leaks, procs
from conformance.verdicts import Leak

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /dev/shm")

NO_CHILDREN = types.SimpleNamespace(active_children=list)


@pytest.fixture
def owned(monkeypatch):
    """This process owns the names shm_name() makes, as under the plugin; yields a maker of unheld entries."""
    monkeypatch.delenv("MP_CONFORMANCE_SHM_OWNER", raising=False)
    leaks.own_shm_names()
    made = []

    def unheld(name):
        path = os.path.join("/dev/shm", name)
        open(path, "wb").close()
        made.append(path)
        return path

    yield unheld
    for path in made:
        if os.path.exists(path):
            os.unlink(path)


def test_an_unheld_block_with_this_process_name_is_a_leak_and_is_unlinked(owned):
    watch = leaks.Watch()
    path = owned(leaks.shm_name())
    with pytest.raises(Leak, match=os.path.basename(path)):
        watch.check(NO_CHILDREN)
    assert not os.path.exists(path), "expected the harness to unlink the leaked block"


def test_an_unheld_block_named_by_another_test_process_is_not_this_tests_leak(owned):
    watch = leaks.Watch()
    other = f"{os.getpid() + 1:x}"
    path = owned(leaks.shm_name().replace(f"mpc_{os.getpid():x}_", f"mpc_{other}_"))
    watch.check(NO_CHILDREN)
    assert os.path.exists(path), "expected the block of another run to be left to that run"


def test_names_fit_macos_limit(owned):
    assert len("/" + leaks.shm_name()) <= 31


def test_a_helper_seen_before_it_execs_is_not_a_leak(monkeypatch):
    """A resource tracker caught between fork and exec still has its parent's command line; it is judged after the grace."""
    go, told = os.pipe()
    # When told, the child execs into a command line with the tracker's mark (split here, so that its first lacks it).
    tracker = "import time; time.sleep(30)  # from multiprocessing.resource_' + 'tracker import main"
    code = f"import os, sys; os.read({go}, 1); os.execv(sys.executable, [sys.executable, '-c', '{tracker}'])"
    watch = leaks.Watch()
    proc = subprocess.Popen([sys.executable, "-c", code], pass_fds=(go,))

    def grace(waited, timeout):
        """The grace, during which the child execs: returns once its command line is the tracker's (at most 10 s)."""
        os.write(told, b"x")
        deadline = time.monotonic() + 10
        while not procs.is_infrastructure(psutil.Process(proc.pid)) and time.monotonic() < deadline:
            time.sleep(0.01)
        return [], waited

    monkeypatch.setattr(psutil, "wait_procs", grace)
    try:
        watch.check(NO_CHILDREN)
    finally:
        monkeypatch.undo()
        proc.kill()
        proc.wait()
        os.close(go)
        os.close(told)


def test_a_block_that_only_garbage_of_this_process_holds_is_a_leak(owned):
    """What the test dropped (a mapping in a reference cycle) lets go of its block before holders are looked for."""
    import gc
    import mmap

    watch = leaks.Watch()
    path = owned(leaks.shm_name())
    with open(path, "r+b") as f:
        f.truncate(mmap.PAGESIZE)
        cycle = [mmap.mmap(f.fileno(), mmap.PAGESIZE)]
    cycle.append(cycle)
    gc.disable()  # the cycle stays until the check collects it
    try:
        del cycle
        with pytest.raises(Leak, match=os.path.basename(path)):
            watch.check(NO_CHILDREN)
    finally:
        gc.enable()


def test_a_block_another_process_holds_is_not_a_leak(owned):
    code = "import sys; f = open(sys.stdin.readline().strip()); sys.stdin.read()"
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, text=True)
    try:
        watch = leaks.Watch()  # the holder is not the test's child
        path = owned(leaks.shm_name())
        holder.stdin.write(path + "\n")
        holder.stdin.flush()
        deadline = time.monotonic() + 10
        while path not in {f.path for f in psutil.Process(holder.pid).open_files()}:
            assert time.monotonic() < deadline, "the holder did not open the block in 10 s"
            time.sleep(0.01)
        watch.check(NO_CHILDREN)
        assert os.path.exists(path), "expected a block another process holds to be left alone"
    finally:
        holder.communicate("")


def test_descendants_include_grandchildren():
    code = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'import sys; sys.stdin.read()'])"
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while len(psutil.Process(child.pid).children()) < 1:
            assert time.monotonic() < deadline, "the child started no grandchild in 10 s"
            time.sleep(0.01)
        grandchild = psutil.Process(child.pid).children()[0].pid
        assert {child.pid, grandchild} <= set(procs.descendant_pids())
        assert {p.pid for p in procs.descendants()} >= {child.pid, grandchild}
    finally:
        child.communicate(b"")

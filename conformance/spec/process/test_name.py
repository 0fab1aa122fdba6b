"""Process.name: a settable string for identification, with a default of the form Process-N1:N2:...:Nk."""

import re

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.support import CHILD

DOC = "multiprocessing.html#multiprocessing.Process.name"


@spec("process.name.str_identification", DOC, needs=CHILD)
def test_several_processes_may_share_a_name(mp):
    """The name is a string for identification only; multiple processes may be given the same name."""
    with Channel() as ch:
        processes = [mp.Process(target=targets.send_name, args=(ch, mp), name="shared-name") for _ in range(2)]
        for p in processes:
            p.start()
        try:
            seen = [ch.recv(what=f"the name of child {i} of 2") for i in (1, 2)]
        finally:
            for p in processes:
                support.reap(p)
    names = [p.name for p in processes]
    assert names == ["shared-name"] * 2, f"expected both processes named 'shared-name', got {names}"
    assert all(type(n) is str for n in names), f"expected str names, got types {[type(n) for n in names]}"
    assert seen == ["shared-name"] * 2, f"expected both children to see the name 'shared-name', got {seen}"


@spec("process.name.default_format", DOC, needs=CHILD)
def test_default_name_is_process_followed_by_child_numbers(mp):
    """Without an explicit name, a process is named 'Process-N1:...:Nk', Nk meaning the Nk-th child of its parent."""
    with Channel() as ch:
        p = mp.Process(target=targets.send_new_process_names, args=(ch, mp))
        match = re.fullmatch(r"(\w+)-(\d+)", p.name)
        assert match, f"expected a default name like 'Process-N' (classes such as ForkProcess use their own name), got {p.name!r}"
        p.start()
        try:
            own_name, child_names = ch.recv(what="the child's name and those of the processes it made")
        finally:
            support.reap(p)
    assert own_name == p.name, f"expected the child to see its default name {p.name!r}, got {own_name!r}"
    n1 = match.group(2)
    for k, name in enumerate(child_names, 1):
        assert re.fullmatch(rf"\w+-{n1}:{k}", name), (
            f"expected child {k} of process {p.name!r} to be named like 'Process-{n1}:{k}', got {name!r}")


@spec("process.name.settable", DOC, needs=CHILD)
def test_name_can_be_set(mp):
    """The name can be changed by assigning a string to it, and the child sees the new name."""
    with Channel() as ch:
        p = mp.Process(target=targets.send_name, args=(ch, mp))
        p.name = "assigned-name"
        assert p.name == "assigned-name", f"expected p.name 'assigned-name' after assignment, got {p.name!r}"
        p.start()
        try:
            seen = ch.recv(what="the child's name")
        finally:
            support.reap(p)
    assert seen == "assigned-name", f"expected the child's current_process().name 'assigned-name', got {seen!r}"


@spec("process.name.main_process", "multiprocessing.html#logging")
def test_main_process_is_named_mainprocess(mp):
    """The main process is named 'MainProcess' (as the logging examples show)."""
    name = mp.current_process().name
    assert name == "MainProcess", f"expected the main process's name 'MainProcess', got {name!r}"

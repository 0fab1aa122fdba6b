"""set_executable(executable): the interpreter that spawn starts children with."""

import os
import pathlib
import stat
import sys

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.context import targets
from conformance.spec.support import CHILD

SET_EXECUTABLE = "multiprocessing.html#multiprocessing.set_executable"


def _wrapper(tmp_path):
    """An executable that records its use in a file next to it, then runs this interpreter."""
    path = tmp_path / "python-wrapper"
    path.write_text(f'#!/bin/sh\necho used > "$0.used"\nexec "{sys.executable}" "$@"\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _child_started_with(mp, executable):
    """Start and join a child after set_executable(executable); the default interpreter is restored after."""
    mp.set_executable(executable)
    try:
        with support.running(mp, targets.noop) as p:
            pass
    finally:
        mp.set_executable(sys.executable)
    assert p.exitcode == 0, f"expected the child to run and exit 0, it exited {p.exitcode}"


@spec("context.set_executable.sets_interpreter", SET_EXECUTABLE, platforms=("posix",), start_methods=("spawn",),
      requires=("processes",), api=("set_executable",), needs=CHILD)
def test_set_executable_chooses_the_childs_interpreter(mp, tmp_path):
    """set_executable() sets the path of the Python interpreter used to start child processes (spawn on POSIX)."""
    wrapper = _wrapper(tmp_path)
    _child_started_with(mp, str(wrapper))
    assert os.path.exists(f"{wrapper}.used"), "expected the child started through the interpreter set, it was not used"


@spec("context.set_executable.pathlike", SET_EXECUTABLE, python=">=3.11", platforms=("posix",),
      start_methods=("spawn",), requires=("processes",), api=("set_executable",), needs=CHILD)
def test_set_executable_accepts_a_path_like_object(mp, tmp_path):
    """From 3.11, set_executable() accepts a path-like object."""
    wrapper = _wrapper(tmp_path)
    _child_started_with(mp, pathlib.Path(wrapper))
    assert os.path.exists(f"{wrapper}.used"), "expected the child started through the interpreter set as a Path, it was not used"

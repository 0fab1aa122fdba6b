"""freeze_support(): no effect unless the program is frozen, on Windows (up to 3.13) or with spawn (from 3.14)."""

import stat
import sys

from conformance.marks import spec
from conformance.spec.context import fresh
from conformance.spec.support import CHILD, WAIT

FREEZE_SUPPORT = "multiprocessing.html#multiprocessing.freeze_support"
# A command line that a frozen Windows executable would treat as "run as a child"; freeze_support() must
# ignore it where it has no effect.
CALL = """
sys.argv[1:] = ["--multiprocessing-fork", "pipe_handle=-1"]
pkg.freeze_support()
report("returned")
"""


def _outcome(mp, code):
    proc = fresh.finish(mp, code)
    return proc.returncode, proc.stdout.strip(), proc.stderr[-1500:]


@spec("context.freeze_support.noop_not_frozen", FREEZE_SUPPORT, api=("freeze_support",))
def test_freeze_support_does_nothing_when_not_frozen(mp):
    """freeze_support() has no effect when the program is run normally, not frozen."""
    code, out, err = _outcome(mp, CALL)
    assert (code, out) == (0, '"returned"'), \
        f"expected freeze_support() to return and the program to go on, got exit {code}, output {out!r}, stderr {err!r}"


@spec("context.freeze_support.noop_non_windows", FREEZE_SUPPORT, python="<3.14", platforms=("posix",),
      api=("freeze_support",))
def test_freeze_support_does_nothing_outside_windows(mp):
    """Up to 3.13, freeze_support() has no effect on operating systems other than Windows, even in a frozen program."""
    code, out, err = _outcome(mp, "sys.frozen = True\n" + CALL)
    assert (code, out) == (0, '"returned"'), \
        f"expected freeze_support() to return and the program to go on, got exit {code}, output {out!r}, stderr {err!r}"


@spec("context.freeze_support.noop_not_spawn", FREEZE_SUPPORT, python=">=3.14", platforms=("posix",),
      api=("freeze_support", "set_start_method"))
def test_freeze_support_does_nothing_unless_spawn(mp):
    """From 3.14, freeze_support() has no effect when the start method is not 'spawn', even in a frozen program."""
    code, out, err = _outcome(mp, "sys.frozen = True\npkg.set_start_method('fork')\n" + CALL)
    assert (code, out) == (0, '"returned"'), \
        f"expected freeze_support() to return and the program to go on, got exit {code}, output {out!r}, stderr {err!r}"


def _frozen_app(mp, tmp_path):
    """A stand-in for a frozen executable: its main module sets sys.frozen, calls set_start_method('spawn') and
    freeze_support(), then exits 3. A command line with -c (the resource tracker's) runs as Python, as frozen
    application packagers arrange."""
    main = tmp_path / "frozen_main.py"
    main.write_text(f"import importlib, sys\nsys.frozen = True\npkg = importlib.import_module({mp.package!r})\n"
                    "pkg.set_start_method('spawn')\npkg.freeze_support()\nsys.exit(3)\n")
    app = tmp_path / "frozen-app"
    app.write_text(f'#!/bin/sh\nfor a in "$@"; do [ "$a" = -c ] && exec "{sys.executable}" "$@"; done\n'
                   f'exec "{sys.executable}" "{main}" "$@"\n')
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    return app


@spec("context.freeze_support.frozen_spawn_child", FREEZE_SUPPORT, python=">=3.14", platforms=("posix",),
      start_methods=("spawn",), requires=("processes",), api=("freeze_support", "set_executable"), needs=CHILD)
def test_freeze_support_runs_the_child_in_a_frozen_spawn_program(mp, tmp_path):
    """From 3.14 freeze_support() supports frozen executables on every platform: in a child of a frozen program using spawn, it runs the child's code."""
    app = _frozen_app(mp, tmp_path)
    got, exitcode = fresh.run(mp, f"""
        from conformance.spec.channel import Channel
        from conformance.spec.context import targets
        sys.frozen = True
        sys.executable = {str(app)!r}
        ctx = pkg.get_context("spawn")
        ctx.set_executable(sys.executable)
        with Channel() as ch:
            p = ctx.Process(target=targets.send_mark, args=(ch,))
            p.start()
            p.join({WAIT})
            got = ch.poll(0)
        report([got[0] if got else None, p.exitcode])
        """)
    assert (got, exitcode) == ("as imported", 0), \
        f"expected freeze_support() in the frozen child to run its target and exit 0, got {got!r}, exit code {exitcode!r}"

"""freeze_support(): no effect unless the program is frozen, on Windows."""

from conformance.marks import spec
from conformance.spec.context import fresh

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


@spec("misc.freeze_support.noop_not_frozen", FREEZE_SUPPORT, api=("freeze_support",))
def test_freeze_support_does_nothing_when_not_frozen(mp):
    """freeze_support() has no effect when the program is run normally, not frozen."""
    code, out, err = _outcome(mp, CALL)
    assert (code, out) == (0, '"returned"'), \
        f"expected freeze_support() to return and the program to go on, got exit {code}, output {out!r}, stderr {err!r}"


@spec("misc.freeze_support.noop_non_windows", FREEZE_SUPPORT, python="<3.14", platforms=("posix",),
      api=("freeze_support",))
def test_freeze_support_does_nothing_outside_windows(mp):
    """Up to 3.13, freeze_support() has no effect on operating systems other than Windows, even in a frozen program."""
    code, out, err = _outcome(mp, "sys.frozen = True\n" + CALL)
    assert (code, out) == (0, '"returned"'), \
        f"expected freeze_support() to return and the program to go on, got exit {code}, output {out!r}, stderr {err!r}"


@spec("misc.freeze_support.noop_not_spawn", FREEZE_SUPPORT, python=">=3.14", platforms=("posix",),
      api=("freeze_support", "set_start_method"))
def test_freeze_support_does_nothing_unless_spawn(mp):
    """From 3.14, freeze_support() has no effect when the start method is not 'spawn', even in a frozen program."""
    code, out, err = _outcome(mp, "sys.frozen = True\npkg.set_start_method('fork')\n" + CALL)
    assert (code, out) == (0, '"returned"'), \
        f"expected freeze_support() to return and the program to go on, got exit {code}, output {out!r}, stderr {err!r}"

"""get_all_start_methods(), which start methods exist, and the default start method per platform and version."""

import sys

from conformance.marks import spec
from conformance.spec.context import fresh

METHODS = {"fork", "spawn", "forkserver"}
DEFAULT_PROBE = "report([pkg.get_start_method(), pkg.get_all_start_methods()])"


def _default(mp):
    """(the default start method, get_all_start_methods()) of a fresh interpreter."""
    return fresh.run(mp, DEFAULT_PROBE)


@spec("context.get_all_start_methods.values", "multiprocessing.html#multiprocessing.get_all_start_methods",
      api=("get_all_start_methods",))
def test_get_all_start_methods_lists_known_methods(mp):
    """get_all_start_methods() returns a list of start methods among 'fork', 'spawn' and 'forkserver'; on POSIX 'fork' and 'spawn' are always supported."""
    methods = mp.get_all_start_methods()
    assert isinstance(methods, list), f"expected a list, got {type(methods).__name__}: {methods!r}"
    assert set(methods) <= METHODS and len(set(methods)) == len(methods), \
        f"expected distinct names among {sorted(METHODS)}, got {methods}"
    if sys.platform != "win32":
        assert {"fork", "spawn"} <= set(methods), f"expected 'fork' and 'spawn' on POSIX, got {methods}"


@spec("context.spawn.availability", "multiprocessing.html#contexts-and-start-methods",
      api=("get_all_start_methods", "get_context"))
def test_spawn_is_available_everywhere(mp):
    """The 'spawn' start method is available on POSIX and Windows."""
    methods = mp.get_all_start_methods()
    assert "spawn" in methods, f"expected 'spawn' among the start methods, got {methods}"
    ctx = mp.get_context("spawn")
    assert ctx.get_start_method() == "spawn", f"expected get_context('spawn') to be a spawn context, got {ctx.get_start_method()!r}"


@spec("context.forkserver.availability", "multiprocessing.html#contexts-and-start-methods",
      platforms=("linux",), api=("get_all_start_methods",))
def test_forkserver_is_available_where_fds_can_be_passed(mp):
    """'forkserver' is available on POSIX platforms that can pass file descriptors over Unix pipes, such as Linux."""
    methods = mp.get_all_start_methods()
    assert "forkserver" in methods, f"expected 'forkserver' among the start methods on Linux, got {methods}"


@spec("context.get_all_start_methods.windows", "multiprocessing.html#multiprocessing.get_all_start_methods",
      platforms=("win32",), api=("get_all_start_methods",))
def test_only_spawn_on_windows(mp):
    """On Windows only 'spawn' is available."""
    methods = mp.get_all_start_methods()
    assert methods == ["spawn"], f"expected ['spawn'] on Windows, got {methods}"


@spec("context.fork.posix_only", "multiprocessing.html#contexts-and-start-methods", platforms=("win32",),
      api=("get_context",))
def test_fork_is_unavailable_on_windows(mp):
    """'fork' is available on POSIX only: on Windows get_context('fork') raises ValueError."""
    try:
        ctx = mp.get_context("fork")
    except ValueError:
        return
    raise AssertionError(f"expected ValueError from get_context('fork') on Windows, got {ctx!r}")


@spec("context.get_all_start_methods.linux_order", "multiprocessing.html#multiprocessing.get_all_start_methods",
      platforms=("linux",), api=("get_all_start_methods",))
def test_start_methods_order_on_linux(mp):
    """On Linux the start methods are ['fork', 'spawn', 'forkserver'] up to 3.13 and ['forkserver', 'fork', 'spawn'] from 3.14, the default first."""
    expected = ["forkserver", "fork", "spawn"] if sys.version_info >= (3, 14) else ["fork", "spawn", "forkserver"]
    methods = mp.get_all_start_methods()
    assert methods == expected, f"expected {expected}, got {methods}"


@spec("context.get_all_start_methods.macos_order", "multiprocessing.html#multiprocessing.get_all_start_methods",
      platforms=("darwin",), python=">=3.8", api=("get_all_start_methods",))
def test_start_methods_order_on_macos(mp):
    """On macOS the start methods begin with the default 'spawn'."""
    methods = mp.get_all_start_methods()
    assert methods[:1] == ["spawn"], f"expected 'spawn' first on macOS, got {methods}"


@spec("context.get_all_start_methods.default_first", "multiprocessing.html#multiprocessing.get_all_start_methods",
      api=("get_start_method", "get_all_start_methods"))
def test_first_start_method_is_the_default(mp):
    """The first start method get_all_start_methods() returns is the default one."""
    name, methods = _default(mp)
    assert methods[:1] == [name], f"expected the default {name!r} first, got {methods}"


@spec("context.fork.default_until_3_13", "multiprocessing.html#contexts-and-start-methods",
      python=">=3.8,<3.14", platforms=("linux",), api=("get_start_method",))
def test_fork_is_the_default_on_linux(mp):
    """Up to Python 3.13, 'fork' is the default start method on POSIX other than macOS."""
    name, _ = _default(mp)
    assert name == "fork", f"expected the default start method 'fork', got {name!r}"


@spec("context.forkserver.default_3_14", "multiprocessing.html#contexts-and-start-methods",
      python=">=3.14", platforms=("linux",), api=("get_start_method",))
def test_forkserver_is_the_default_on_linux(mp):
    """From Python 3.14, 'forkserver' is the default start method on POSIX platforms that support it, other than macOS."""
    name, _ = _default(mp)
    assert name == "forkserver", f"expected the default start method 'forkserver', got {name!r}"


@spec("context.spawn.default_macos", "multiprocessing.html#contexts-and-start-methods",
      python=">=3.8", platforms=("darwin",), api=("get_start_method",))
def test_spawn_is_the_default_on_macos(mp):
    """Since Python 3.8, 'spawn' is the default start method on macOS."""
    name, _ = _default(mp)
    assert name == "spawn", f"expected the default start method 'spawn', got {name!r}"


@spec("context.spawn.default_windows", "multiprocessing.html#contexts-and-start-methods",
      platforms=("win32",), api=("get_start_method",))
def test_spawn_is_the_default_on_windows(mp):
    """'spawn' is the default start method on Windows."""
    name, _ = _default(mp)
    assert name == "spawn", f"expected the default start method 'spawn', got {name!r}"


# spawn replaces forkserver as the default where there is no writable temporary directory (CPython 3.14.9, 3.15.1).
NO_TEMPDIR_FALLBACK = ">=3.14.9,<3.15|>=3.15.1"
# tempfile.gettempdir() returns tempfile.tempdir once set: /proc, where no file can be created, not even by root.
UNWRITABLE_TEMPDIR = "import tempfile\ntempfile.tempdir = '/proc'\n"


@spec("context.spawn.default_without_writable_tempdir", "multiprocessing.html#contexts-and-start-methods",
      python=NO_TEMPDIR_FALLBACK, platforms=("linux",), api=("get_start_method",))
def test_spawn_is_the_default_without_a_writable_temporary_directory(mp):
    """forkserver is the default unless there is no writable temporary directory (see tempfile.gettempdir()); spawn is the default then."""
    name, _ = fresh.run(mp, DEFAULT_PROBE, before=UNWRITABLE_TEMPDIR)
    assert name == "spawn", f"expected the default start method 'spawn' when tempfile.gettempdir() is /proc, got {name!r}"


@spec("context.default.determined_when_first_needed", "multiprocessing.html#contexts-and-start-methods",
      python=NO_TEMPDIR_FALLBACK, platforms=("linux",), api=("get_start_method",))
def test_default_start_method_is_determined_when_first_needed(mp):
    """The default start method is determined when it is first needed rather than when multiprocessing is imported."""
    name, _ = fresh.run(mp, UNWRITABLE_TEMPDIR + DEFAULT_PROBE)
    assert name == "spawn", ("expected the default start method 'spawn', determined after the import, once the"
                             f" temporary directory (tempfile.gettempdir()) was /proc, got {name!r}")

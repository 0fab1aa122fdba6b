"""set_forkserver_preload(module_names, *, on_error='ignore'): modules the fork server imports before it forks children."""

import os

from conformance.marks import spec
from conformance.spec.context import fresh
from conformance.spec.support import CHILD, WAIT

PRELOAD = "multiprocessing.html#multiprocessing.set_forkserver_preload"
MODULE = "conformance.spec.context.preloaded"
MISSING = "no_such_module_for_preload"
# Reports [the pid that imported MODULE as seen by a child (None: not imported), this pid, the child's pid];
# before it, `ctx` is the forkserver context and `preload(names)` may have been called.
CHILD_REPORT = f"""
import os
from conformance.spec.channel import Channel
from conformance.spec.context import targets

def child_report():
    with Channel() as ch:
        p = ctx.Process(target=targets.send_preloaded, args=(ch,))
        p.start()
        got = ch.poll({WAIT})
        p.join({WAIT})
    return [got[0] if got else "nothing", os.getpid(), p.pid]
"""


FORKSERVER = "ctx = pkg.get_context('forkserver')\n"
# ImportWarning is ignored by the default warnings filters; the environment shows it in every process.
SHOW_IMPORT_WARNINGS = dict(os.environ, PYTHONWARNINGS="always::ImportWarning")
ON_ERROR = {"python": ">=3.15", "platforms": ("posix",), "start_methods": ("forkserver",),
            "api": ("set_forkserver_preload",)}


def _imported_in(mp, code):
    got, parent, child = fresh.run(mp, FORKSERVER + CHILD_REPORT + code)
    assert got != "nothing", "expected the child to report, it sent nothing"
    return got, parent, child


def _preloaded_with(mp, on_error):
    """Preload a missing module and MODULE with `on_error`, ImportWarning shown; check MODULE was preloaded, return stderr."""
    proc = fresh.finish(mp, FORKSERVER + CHILD_REPORT + f"ctx.set_forkserver_preload([{MISSING!r}, {MODULE!r}], "
                        f"on_error={on_error!r})\nreport(child_report())", env=SHOW_IMPORT_WARNINGS)
    got, parent, child = fresh.reported(proc)
    assert got not in ("nothing", None, parent, child), \
        f"expected {MODULE} preloaded by the fork server despite a missing module, got import pid {got} (parent {parent}, child {child})"
    return proc.stderr


@spec("context.set_forkserver_preload.imports", PRELOAD, platforms=("posix",), start_methods=("forkserver",),
      api=("set_forkserver_preload",), needs=CHILD)
def test_preloaded_module_is_imported_in_the_server(mp):
    """set_forkserver_preload() makes the fork server import the named modules, so forked children inherit them."""
    got, parent, child = _imported_in(mp, f"ctx.set_forkserver_preload([{MODULE!r}])\nreport(child_report())")
    assert got is not None, f"expected {MODULE} imported in the child's fork server, the child has not imported it"
    assert got not in (parent, child), \
        f"expected {MODULE} imported by the fork server, it was imported by pid {got} (parent {parent}, child {child})"


@spec("context.set_forkserver_preload.importerror_ignored", PRELOAD, platforms=("posix",),
      start_methods=("forkserver",), api=("set_forkserver_preload",), needs=CHILD)
def test_preload_of_a_missing_module_is_ignored(mp):
    """An ImportError while preloading the named modules is silently ignored."""
    got, parent, child = _imported_in(
        mp, f"ctx.set_forkserver_preload([{MISSING!r}, {MODULE!r}])\nreport(child_report())")
    assert got not in (None, parent, child), \
        f"expected {MODULE} still preloaded by the fork server after a missing module, got import pid {got} (parent {parent}, child {child})"


@spec("context.set_forkserver_preload.before_launch", PRELOAD, platforms=("posix",),
      start_methods=("forkserver",), api=("set_forkserver_preload",), needs=CHILD)
def test_preload_after_the_server_started_has_no_effect(mp):
    """set_forkserver_preload() has an effect only before the fork server has been started."""
    got, _, _ = _imported_in(
        mp, f"child_report()\nctx.set_forkserver_preload([{MODULE!r}])\nreport(child_report())")
    assert got is None, f"expected {MODULE} not preloaded by a server started before the call, it was imported by pid {got}"


@spec("context.set_forkserver_preload.on_error_ignore", PRELOAD, needs=CHILD, **ON_ERROR)
def test_on_error_ignore_ignores_importerror_silently(mp):
    """on_error='ignore' (the default) silently ignores an ImportError while preloading."""
    stderr = _preloaded_with(mp, "ignore")
    assert "ImportWarning" not in stderr, f"expected nothing on stderr about the missing module, got:\n{stderr[-1500:]}"


@spec("context.set_forkserver_preload.on_error_warn", PRELOAD, needs=CHILD, **ON_ERROR)
def test_on_error_warn_emits_importwarning(mp):
    """on_error='warn' makes the fork server emit an ImportWarning to stderr for a module it cannot import."""
    stderr = _preloaded_with(mp, "warn")
    assert "ImportWarning" in stderr, f"expected an ImportWarning on stderr for the missing module, got:\n{stderr[-1500:]}"


@spec("context.set_forkserver_preload.on_error_fail", PRELOAD, **ON_ERROR)
def test_on_error_fail_makes_process_creation_fail(mp):
    """on_error='fail' makes the fork server exit with the traceback on stderr; creating a process then fails with EOFError or ConnectionError."""
    proc = fresh.finish(mp, f"""
        import os
        ctx = pkg.get_context("forkserver")
        ctx.set_forkserver_preload([{MISSING!r}], on_error="fail")
        p = ctx.Process(target=os.getpid)
        try:
            p.start()
        except (EOFError, ConnectionError) as e:
            report(type(e).__name__)
        else:
            p.join({WAIT})
            report(None)
        """)
    raised = fresh.reported(proc)
    assert raised is not None, "expected start() to raise EOFError or ConnectionError, it started the process"
    assert "Traceback" in proc.stderr, f"expected the fork server's traceback on stderr, got:\n{proc.stderr[-1500:]}"


@spec("context.set_forkserver_preload.on_error_keyword_only", PRELOAD, **ON_ERROR)
def test_on_error_is_keyword_only(mp):
    """on_error is a keyword-only parameter of set_forkserver_preload()."""
    error = fresh.run(mp, """
        try:
            pkg.get_context("forkserver").set_forkserver_preload([], "ignore")
        except TypeError:
            report("TypeError")
        else:
            report(None)
        """)
    assert error == "TypeError", "expected TypeError for on_error given by position, the call was accepted"

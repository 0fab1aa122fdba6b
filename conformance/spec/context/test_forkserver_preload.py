"""set_forkserver_preload(module_names): modules the fork server imports before it forks children."""

from conformance.marks import spec
from conformance.spec.context import fresh
from conformance.spec.support import WAIT

PRELOAD = "multiprocessing.html#multiprocessing.set_forkserver_preload"
MODULE = "conformance.spec.context.preloaded"
# Reports [the pid that imported MODULE as seen by a child (None: not imported), this pid, the child's pid];
# before it, `ctx` is the forkserver context and `preload(names)` may have been called.
CHILD = f"""
import os
from conformance.spec.context import targets

def child_report():
    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=targets.send_preloaded, args=(w,))
    p.start()
    got = r.recv() if r.poll({WAIT}) else "nothing"
    p.join({WAIT})
    return [got, os.getpid(), p.pid]
"""


def _imported_in(mp, code):
    got, parent, child = fresh.run(mp, "ctx = pkg.get_context('forkserver')\n" + CHILD + code)
    assert got != "nothing", "expected the child to report, it sent nothing"
    return got, parent, child


@spec("context.set_forkserver_preload.imports", PRELOAD, platforms=("posix",), start_methods=("forkserver",),
      api=("set_forkserver_preload",))
def test_preloaded_module_is_imported_in_the_server(mp):
    """set_forkserver_preload() makes the fork server import the named modules, so forked children inherit them."""
    got, parent, child = _imported_in(mp, f"ctx.set_forkserver_preload([{MODULE!r}])\nreport(child_report())")
    assert got is not None, f"expected {MODULE} imported in the child's fork server, the child has not imported it"
    assert got not in (parent, child), \
        f"expected {MODULE} imported by the fork server, it was imported by pid {got} (parent {parent}, child {child})"


@spec("context.set_forkserver_preload.importerror_ignored", PRELOAD, platforms=("posix",),
      start_methods=("forkserver",), api=("set_forkserver_preload",))
def test_preload_of_a_missing_module_is_ignored(mp):
    """An ImportError while preloading the named modules is silently ignored."""
    got, parent, child = _imported_in(
        mp, f"ctx.set_forkserver_preload(['no_such_module_for_preload', {MODULE!r}])\nreport(child_report())")
    assert got not in (None, parent, child), \
        f"expected {MODULE} still preloaded by the fork server after a missing module, got import pid {got} (parent {parent}, child {child})"


@spec("context.set_forkserver_preload.before_launch", PRELOAD, platforms=("posix",),
      start_methods=("forkserver",), api=("set_forkserver_preload",))
def test_preload_after_the_server_started_has_no_effect(mp):
    """set_forkserver_preload() has an effect only before the fork server has been started."""
    got, _, _ = _imported_in(
        mp, f"child_report()\nctx.set_forkserver_preload([{MODULE!r}])\nreport(child_report())")
    assert got is None, f"expected {MODULE} not preloaded by a server started before the call, it was imported by pid {got}"

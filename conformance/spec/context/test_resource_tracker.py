"""The resource tracker of spawn and forkserver: it unlinks named resources leaked by killed processes."""

from conformance.marks import spec
from conformance.spec.context import fresh
from conformance.spec.support import WAIT


@spec("context.resource_tracker.cleanup_at_exit", "multiprocessing.html#contexts-and-start-methods",
      platforms=("posix",), start_methods=("spawn", "forkserver"), requires=("processes", "signals"),
      api=("shared_memory.SharedMemory",))
def test_tracker_unlinks_what_a_killed_child_leaked(mp):
    """When all processes have exited, the resource tracker unlinks what is still tracked, e.g. shared memory of a child killed by a signal."""
    name, exitcode = fresh.run(mp, f"""
        try:
            shared_memory = importlib.import_module(pkg.__name__ + ".shared_memory")
        except ImportError:
            shared_memory = pkg.shared_memory
        from conformance.spec.context import targets
        ctx = pkg.get_context(method)
        r, w = ctx.Pipe(duplex=False)
        p = ctx.Process(target=targets.leak_shared_memory, args=(w, shared_memory.SharedMemory))
        p.start()
        name = r.recv() if r.poll({WAIT}) else None
        p.join({WAIT})
        report([name, p.exitcode])
    """)
    assert name and exitcode == -9, f"expected the child to create a segment and die by SIGKILL, got name {name!r}, exit code {exitcode}"
    # The fresh interpreter has returned only once its resource tracker closed its copy of the output pipes.
    try:
        segment = mp.shared_memory.SharedMemory(name=name)
    except FileNotFoundError:
        return
    segment.close()
    segment.unlink()
    raise AssertionError(f"expected the resource tracker to unlink the leaked segment {name!r} at exit, it still existed")

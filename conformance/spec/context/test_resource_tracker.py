"""The resource tracker of spawn and forkserver: it unlinks named resources leaked by killed processes."""

from conformance.marks import spec
from conformance.spec.context import fresh
from conformance.spec.support import CHILD, WAIT


@spec("context.resource_tracker.cleanup_at_exit", "multiprocessing.html#contexts-and-start-methods",
      platforms=("posix",), start_methods=("spawn", "forkserver"), requires=("processes", "signals"),
      api=("shared_memory.SharedMemory",), needs=CHILD + ("shared_memory.sharedmemory.create_or_attach",))
def test_tracker_unlinks_what_a_killed_child_leaked(mp):
    """When all processes have exited, the resource tracker unlinks what is still tracked, e.g. shared memory of a child killed by a signal."""
    name, exitcode = fresh.run(mp, f"""
        try:
            shared_memory = importlib.import_module(pkg.__name__ + ".shared_memory")
        except ImportError:
            shared_memory = pkg.shared_memory
        from conformance.spec.channel import Channel
        from conformance.spec.context import targets
        ctx = pkg.get_context(method)
        with Channel() as ch:
            p = ctx.Process(target=targets.leak_shared_memory, args=(ch, shared_memory.SharedMemory))
            p.start()
            name = ch.poll({WAIT})
            p.join({WAIT})
        report([name[0] if name else None, p.exitcode])
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

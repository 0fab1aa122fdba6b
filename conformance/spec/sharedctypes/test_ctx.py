"""The ctx argument of sharedctypes.Value, Array and synchronized: the context whose RLock becomes the new lock."""

from conformance.marks import spec

SC = "multiprocessing.html#multiprocessing.sharedctypes."


class RecordingContext:
    """A context that records the RLocks it creates, and is the backend's context otherwise."""

    def __init__(self, mp):
        self._mp = mp
        self.rlocks = []

    def RLock(self):
        lock = self._mp.RLock()
        self.rlocks.append(lock)
        return lock

    def __getattr__(self, name):
        return getattr(self._mp, name)


def _assert_lock_from(ctx, wrapper, call):
    assert len(ctx.rlocks) == 1 and wrapper.get_lock() is ctx.rlocks[0], (
        f"expected {call} to create its lock with ctx.RLock(); ctx made {ctx.rlocks!r}, the lock is {wrapper.get_lock()!r}")


@spec("sharedctypes.value.ctx", SC + "Value", api=("sharedctypes.Value",))
def test_value_creates_its_lock_from_ctx(mp):
    """sharedctypes.Value(..., ctx=context) creates its new lock from that context."""
    ctx = RecordingContext(mp)
    _assert_lock_from(ctx, mp.sharedctypes.Value("i", 1, ctx=ctx), "Value('i', 1, ctx=ctx)")


@spec("sharedctypes.array.ctx", SC + "Array", api=("sharedctypes.Array",))
def test_array_creates_its_lock_from_ctx(mp):
    """sharedctypes.Array(..., ctx=context) creates its new lock from that context."""
    ctx = RecordingContext(mp)
    _assert_lock_from(ctx, mp.sharedctypes.Array("i", 3, ctx=ctx), "Array('i', 3, ctx=ctx)")


@spec("sharedctypes.synchronized.ctx", SC + "synchronized", api=("sharedctypes.synchronized",))
def test_synchronized_creates_its_lock_from_ctx(mp):
    """synchronized(obj, ctx=context) with no lock creates its RLock from that context."""
    ctx = RecordingContext(mp)
    raw = mp.sharedctypes.RawValue("i", 1)
    _assert_lock_from(ctx, mp.sharedctypes.synchronized(raw, ctx=ctx), "synchronized(obj, ctx=ctx)")

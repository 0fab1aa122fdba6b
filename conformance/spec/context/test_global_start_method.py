"""The global start method: fixed implicitly by the first object that needs it."""

from conformance.marks import spec
from conformance.spec.context import fresh


@spec("context.global.implicit_set", "multiprocessing.html#contexts-and-start-methods",
      api=("get_start_method", "Lock"))
def test_creating_a_lock_fixes_the_default_start_method(mp):
    """Functions such as Lock() set the global start method to the default if it has not been set yet."""
    before, after, first = fresh.run(mp, """
        before = pkg.get_start_method(allow_none=True)
        pkg.Lock()
        report([before, pkg.get_start_method(allow_none=True), pkg.get_all_start_methods()[0]])
    """)
    assert before is None, f"expected no start method set in a fresh interpreter, got {before!r}"
    assert after == first, f"expected Lock() to fix the default start method {first!r}, then got {after!r}"

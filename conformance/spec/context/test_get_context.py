"""get_context(method): a context per start method, the default context, and ValueError for an unknown method."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.context import fresh, targets
from conformance.spec.support import CHILD


@spec("context.get_context.unavailable_raises", "multiprocessing.html#multiprocessing.get_context",
      api=("get_context",))
def test_get_context_of_an_unknown_method_raises_valueerror(mp):
    """get_context(method) raises ValueError if the start method is not available."""
    try:
        ctx = mp.get_context("no-such-method")
    except ValueError:
        return
    raise AssertionError(f"expected ValueError from get_context('no-such-method'), got {ctx!r}")


@spec("context.get_context.multiple_methods", "multiprocessing.html#contexts-and-start-methods",
      api=("get_context", "get_all_start_methods"), needs=CHILD)
def test_contexts_of_several_methods_work_in_one_program(mp):
    """A context object has the API of the module, and contexts of several start methods can be used in one program."""
    for method in mp.get_all_start_methods():
        ctx = mp.get_context(method)
        assert ctx.get_start_method() == method, \
            f"expected get_context({method!r}).get_start_method() to be {method!r}, got {ctx.get_start_method()!r}"
        with Channel() as ch:
            with support.running(ctx, targets.send_hello, ch):
                got = ch.recv(what=f"'hello' from a child of the {method!r} context")
        assert got == "hello", f"expected 'hello' from a child of the {method!r} context, got {got!r}"


@spec("context.get_context.method_values", "multiprocessing.html#multiprocessing.get_context",
      api=("get_context", "get_start_method"))
def test_get_context_of_a_method_leaves_the_global_method_unset(mp):
    """get_context(method) returns a context for that start method without setting the global start method."""
    before, ctx_method, after = fresh.run(mp, """
        before = pkg.get_start_method(allow_none=True)
        ctx = pkg.get_context(method)
        report([before, ctx.get_start_method(), pkg.get_start_method(allow_none=True)])
    """)
    assert ctx_method == mp.get_start_method(), \
        f"expected get_context({mp.get_start_method()!r}) to be a context of that method, got one of {ctx_method!r}"
    assert before is None and after is None, \
        f"expected the global start method to stay unset (None), got {before!r} before and {after!r} after get_context()"


@spec("context.get_context.none_default", "multiprocessing.html#multiprocessing.get_context",
      api=("get_context", "get_start_method"))
def test_get_context_without_method_is_the_default_context(mp):
    """get_context() with method None returns the default context."""
    default, via_none, via_omitted, first = fresh.run(mp, """
        report([pkg.get_start_method(), pkg.get_context(None).get_start_method(),
                pkg.get_context().get_start_method(), pkg.get_all_start_methods()[0]])
    """)
    assert via_none == via_omitted == default == first, \
        (f"expected get_context(None) and get_context() to be the default context ({first!r}), got contexts of"
         f" {via_none!r} and {via_omitted!r}, with get_start_method() {default!r}")


@spec("context.get_context.none_fixes_global", "multiprocessing.html#multiprocessing.get_context",
      api=("get_context", "get_start_method"))
def test_get_context_without_method_fixes_the_global_method(mp):
    """get_context(None) sets the global start method to the default if it was not set yet."""
    before, after, first = fresh.run(mp, """
        before = pkg.get_start_method(allow_none=True)
        pkg.get_context()
        report([before, pkg.get_start_method(allow_none=True), pkg.get_all_start_methods()[0]])
    """)
    assert before is None, f"expected no start method set in a fresh interpreter, got {before!r}"
    assert after == first, f"expected get_context() to fix the default start method {first!r}, then got {after!r}"

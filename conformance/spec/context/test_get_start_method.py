"""get_start_method(allow_none): the name of the start method, fixing the default unless allow_none is true."""

from conformance.marks import spec
from conformance.spec.context import fresh


@spec("context.get_start_method.returns_name", "multiprocessing.html#multiprocessing.get_start_method",
      api=("get_start_method", "set_start_method"))
def test_get_start_method_returns_the_name_set(mp):
    """get_start_method() returns the name of the start method used for starting processes."""
    name = fresh.run(mp, """
        pkg.set_start_method(method)
        report(pkg.get_start_method())
    """)
    assert name == mp.get_start_method(), f"expected {mp.get_start_method()!r} after set_start_method() of it, got {name!r}"


@spec("context.get_start_method.fixes_default", "multiprocessing.html#multiprocessing.get_start_method",
      api=("get_start_method", "set_start_method"))
def test_get_start_method_fixes_the_default(mp):
    """If the start method is not fixed and allow_none is false (the default), get_start_method() fixes it to the default and returns its name."""
    name, fixed, first, error = fresh.run(mp, """
        name = pkg.get_start_method()
        fixed = pkg.get_start_method(allow_none=True)
        try:
            pkg.set_start_method(method)
        except RuntimeError as e:
            error = repr(e)
        else:
            error = None
        report([name, fixed, pkg.get_all_start_methods()[0], error])
    """)
    assert name == first, f"expected get_start_method() to return the default {first!r}, got {name!r}"
    assert fixed == first, f"expected the start method fixed to {first!r} afterwards, get_start_method(allow_none=True) gave {fixed!r}"
    assert error, "expected set_start_method() without force to raise RuntimeError once get_start_method() fixed the method"


@spec("context.get_start_method.allow_none", "multiprocessing.html#multiprocessing.get_start_method",
      api=("get_start_method", "set_start_method"))
def test_get_start_method_allow_none_fixes_nothing(mp):
    """If the start method is not fixed and allow_none is true, get_start_method() returns None and fixes nothing."""
    first, second, name = fresh.run(mp, """
        first = pkg.get_start_method(allow_none=True)
        second = pkg.get_start_method(allow_none=True)
        pkg.set_start_method(method)
        report([first, second, pkg.get_start_method()])
    """)
    assert first is None and second is None, f"expected None twice from get_start_method(allow_none=True), got {first!r}, {second!r}"
    assert name == mp.get_start_method(), \
        f"expected set_start_method({mp.get_start_method()!r}) to succeed after it (nothing fixed), then got {name!r}"

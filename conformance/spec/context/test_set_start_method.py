"""set_start_method(method, force): set once, RuntimeError when already set, force, None, unknown methods."""

from conformance.marks import spec
from conformance.spec.context import fresh

SET = "multiprocessing.html#multiprocessing.set_start_method"


@spec("context.set_start_method.values", SET, api=("get_start_method", "set_start_method", "get_all_start_methods"))
def test_set_start_method_accepts_each_available_method(mp):
    """set_start_method(method) accepts 'fork', 'spawn' or 'forkserver' (where available) and get_start_method() then returns it."""
    pairs = fresh.run(mp, """
        got = []
        for m in pkg.get_all_start_methods():
            pkg.set_start_method(m, force=True)
            got.append([m, pkg.get_start_method()])
        report(got)
    """)
    wrong = [(m, got) for m, got in pairs if m != got]
    assert pairs and not wrong, f"expected get_start_method() to return each method set, got (set, returned) {pairs}"


@spec("context.set_start_method.already_set_raises", SET, api=("get_start_method", "set_start_method"))
def test_set_start_method_twice_raises_runtimeerror(mp):
    """set_start_method() raises RuntimeError if the start method has already been set and force is not true."""
    error, name = fresh.run(mp, """
        pkg.set_start_method(method)
        try:
            pkg.set_start_method(method)
        except RuntimeError as e:
            error = repr(e)
        else:
            error = None
        report([error, pkg.get_start_method()])
    """)
    assert error, "expected RuntimeError from a second set_start_method() without force, got none"
    assert name == mp.get_start_method(), f"expected the start method to stay {mp.get_start_method()!r}, got {name!r}"


@spec("context.set_start_method.force_overrides", SET, api=("get_start_method", "set_start_method"))
def test_set_start_method_with_force_changes_a_set_method(mp):
    """With force=True, set_start_method() changes a start method that has already been set."""
    name = fresh.run(mp, """
        other = [m for m in pkg.get_all_start_methods() if m != method][0]
        pkg.set_start_method(other)
        pkg.set_start_method(method, force=True)
        report(pkg.get_start_method())
    """)
    assert name == mp.get_start_method(), f"expected the forced start method {mp.get_start_method()!r}, got {name!r}"


@spec("context.set_start_method.force_none", SET, api=("get_start_method", "set_start_method"))
def test_set_start_method_none_with_force_unsets(mp):
    """set_start_method(None, force=True) sets the start method to None."""
    name = fresh.run(mp, """
        pkg.set_start_method(method)
        pkg.set_start_method(None, force=True)
        report(pkg.get_start_method(allow_none=True))
    """)
    assert name is None, f"expected the start method unset (None) after set_start_method(None, force=True), got {name!r}"


@spec("context.set_start_method.none_no_force", SET, api=("get_start_method", "set_start_method"))
def test_set_start_method_none_sets_the_default(mp):
    """set_start_method(None) without force sets the context to the default context."""
    name, first = fresh.run(mp, """
        pkg.set_start_method(None)
        report([pkg.get_start_method(allow_none=True), pkg.get_all_start_methods()[0]])
    """)
    assert name == first, f"expected the default start method {first!r} after set_start_method(None), got {name!r}"


@spec("context.set_start_method.invalid_raises", SET, api=("get_start_method", "set_start_method"))
def test_set_start_method_of_an_unknown_method_raises_valueerror(mp):
    """set_start_method() of a start method that is not available raises ValueError and sets nothing."""
    error, name = fresh.run(mp, """
        try:
            pkg.set_start_method("no-such-method")
        except ValueError as e:
            error = repr(e)
        else:
            error = None
        report([error, pkg.get_start_method(allow_none=True)])
    """)
    assert error, "expected ValueError from set_start_method('no-such-method'), got none"
    assert name is None, f"expected the start method to stay unset, got {name!r}"

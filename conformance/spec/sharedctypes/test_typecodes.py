"""Typecodes of Value and Array: those of the array module, 'w' unsupported, others rejected."""

import ctypes

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.sharedctypes import kinds

VALUE = "multiprocessing.html#multiprocessing.Value"
ARRAY = "multiprocessing.html#multiprocessing.Array"


@spec("sharedctypes.value.typecode.array_kinds", VALUE)
def test_value_typecodes_give_objects_of_the_array_module_kind(mp):
    """A one-character typecode of the kind used by the array module gives an object of that size and kind."""
    wrong = []
    for code in kinds.TYPECODES:
        stored, expected = kinds.sample(code)
        v = mp.Value(code, stored)
        size = ctypes.sizeof(v.get_obj())
        if size != kinds.itemsize(code) or v.value != expected:
            wrong.append(f"{code!r}: {size} bytes reading {v.value!r} (expected {kinds.itemsize(code)} bytes reading {expected!r})")
    assert not wrong, "expected each Value(typecode, x) to match the array module's kind; " + "; ".join(wrong)


@spec("sharedctypes.array.element.typecode_or_type", ARRAY)
def test_array_elements_have_the_typecode_kind_or_ctypes_type(mp):
    """typecode_or_type gives the element type: a ctypes type, or an array-module typecode of that size and kind."""
    wrong = []
    for code in kinds.TYPECODES:
        stored, expected = kinds.sample(code)
        a = mp.Array(code, [stored, stored])
        size = ctypes.sizeof(a.get_obj()) // 2
        items = [a[0], a[1]]
        if size != kinds.itemsize(code) or items != [expected, expected]:
            wrong.append(f"{code!r}: {size}-byte items reading {items!r} (expected {kinds.itemsize(code)}-byte items reading {expected!r})")
    assert not wrong, "expected each Array(typecode, [x, x]) to match the array module's kind; " + "; ".join(wrong)
    d = mp.Array(ctypes.c_double, [0.5, -2.25])
    assert isinstance(d.get_obj(), ctypes.Array) and d.get_obj()._type_ is ctypes.c_double, (
        f"expected Array(c_double, ...) to wrap an array of c_double; got {d.get_obj()!r}")
    assert d[:] == [0.5, -2.25], f"expected Array(c_double, [0.5, -2.25]) to hold [0.5, -2.25]; got {d[:]!r}"


@spec("sharedctypes.array.typecode.w_unsupported", ARRAY)
def test_w_typecode_is_not_supported(mp):
    """The array module's 'w' typecode is not supported by Value and Array: creating one raises TypeError."""
    # With and without initializers that a supported 'w' would take: a TypeError that only one shape raises
    # (a missing initializer, an initializer another typecode cannot take) is not the typecode's refusal.
    for make, args in ((mp.Value, ("w",)), (mp.Value, ("w", "a")), (mp.Array, ("w", 3)), (mp.Array, ("w", "ab"))):
        raises(TypeError, make, *args)


@spec("sharedctypes.value_array.typecode.invalid_raises", VALUE)
def test_unknown_typecode_raises_typeerror(mp):
    """A typecode that is neither a ctypes type nor a supported one-character typecode raises TypeError."""
    for make, args in ((mp.Value, ("x", 1)), (mp.Array, ("x", 3)), (mp.Array, ("x", [1, 2]))):
        raises(TypeError, make, *args)

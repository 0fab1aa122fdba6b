"""Value(typecode_or_type, *args): a shared ctypes object, by default in a synchronized wrapper, read through .value."""

import ctypes

from conformance.marks import spec
from conformance.spec.sharedctypes.targets import Point

VALUE = "multiprocessing.html#multiprocessing.Value"


@spec("sharedctypes.value.create.synchronized_wrapper", VALUE)
def test_value_is_a_synchronized_wrapper_of_a_ctypes_object(mp):
    """Value() returns a ctypes object allocated from shared memory, by default a synchronized wrapper for it."""
    v = mp.Value("i", 7)
    obj = v.get_obj()
    assert isinstance(obj, ctypes.c_int), f"expected get_obj() of Value('i', 7) to be a ctypes c_int; got {obj!r}"
    assert obj.value == 7, f"expected the wrapped ctypes object to hold 7; it holds {obj.value!r}"
    assert callable(getattr(v, "get_lock", None)), f"expected Value('i', 7) to be a synchronized wrapper with get_lock(); got {v!r}"


@spec("sharedctypes.value.value.read_write", VALUE)
def test_value_attribute_reads_and_writes_the_object(mp):
    """The object itself is accessed through the value attribute: reading gives it, assigning replaces it."""
    v = mp.Value("d", 0.0)
    assert v.value == 0.0, f"expected Value('d', 0.0).value to be 0.0; got {v.value!r}"
    v.value = 3.1415927
    assert v.value == 3.1415927, f"expected .value to read back 3.1415927 after assigning it; got {v.value!r}"
    v.value += 1
    assert v.value == 4.1415927, f"expected .value to be 4.1415927 after += 1; got {v.value!r}"


@spec("sharedctypes.value.type.ctypes_type", VALUE)
def test_value_of_a_ctypes_type_has_that_type(mp):
    """typecode_or_type may be a ctypes type, which is the type of the returned object."""
    v = mp.Value(ctypes.c_double, 1.5)
    assert isinstance(v.get_obj(), ctypes.c_double), f"expected Value(c_double, 1.5) to wrap a c_double; got {v.get_obj()!r}"
    assert v.value == 1.5, f"expected Value(c_double, 1.5).value to be 1.5; got {v.value!r}"
    p = mp.Value(Point, 1.875, -6.25)
    assert isinstance(p.get_obj(), Point), f"expected Value(Point, ...) to wrap a Point; got {p.get_obj()!r}"
    assert (p.x, p.y) == (1.875, -6.25), f"expected the Point's fields through the wrapper to be (1.875, -6.25); got {(p.x, p.y)!r}"


@spec("sharedctypes.value.args.constructor", VALUE)
def test_value_args_go_to_the_type_constructor(mp):
    """*args is passed on to the constructor for the type: none gives its zero value, several fill a Structure."""
    v = mp.Value("i")
    assert v.value == 0, f"expected Value('i') with no args to be c_int() == 0; got {v.value!r}"
    p = mp.Value(Point, 2.375, 9.5)
    assert (p.x, p.y) == (2.375, 9.5), f"expected Value(Point, 2.375, 9.5) to be Point(2.375, 9.5); got {(p.x, p.y)!r}"
    q = mp.Value(Point, 4.0)
    assert (q.x, q.y) == (4.0, 0.0), f"expected Value(Point, 4.0) to be Point(4.0) == (4.0, 0.0); got {(q.x, q.y)!r}"


@spec("sharedctypes.value.wrapper_by_lock", "multiprocessing.html#multiprocessing.sharedctypes.Value", api=("sharedctypes.Value",))
def test_sharedctypes_value_is_rawvalue_in_a_wrapper(mp):
    """sharedctypes.Value is RawValue (typecode_or_type, *args to the constructor) returned in a synchronization wrapper."""
    v = mp.sharedctypes.Value(Point, 4, 6)
    obj = v.get_obj()
    assert type(obj) is Point and (obj.x, obj.y) == (4.0, 6.0), f"expected get_obj() to be Point(4, 6); got {obj!r}"
    assert (v.x, v.y) == (4.0, 6.0), f"expected the wrapper to give the fields (4.0, 6.0); got {(v.x, v.y)!r}"
    d = mp.sharedctypes.Value("d", 2.4)
    assert type(d.get_obj()) is ctypes.c_double and d.value == 2.4, f"expected Value('d', 2.4) to wrap c_double(2.4); got {d!r}"

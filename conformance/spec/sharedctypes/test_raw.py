"""sharedctypes.RawValue and RawArray: plain ctypes objects in shared memory, as the docs' table compares them."""

import ctypes

from conformance.marks import spec
from conformance.spec.sharedctypes.targets import Point

RAWVALUE = "multiprocessing.html#multiprocessing.sharedctypes.RawValue"
RAWARRAY = "multiprocessing.html#multiprocessing.sharedctypes.RawArray"
TABLE = "multiprocessing.html#module-multiprocessing.sharedctypes"


@spec("sharedctypes.rawvalue.returns", RAWVALUE, api=("sharedctypes.RawValue",))
def test_rawvalue_is_a_ctypes_object_built_from_args(mp):
    """RawValue() returns a ctypes object of typecode_or_type (no lock), *args passed to the type's constructor."""
    RawValue = mp.sharedctypes.RawValue
    v = RawValue("i", 7)
    assert isinstance(v, ctypes.c_int) and v.value == 7, f"expected RawValue('i', 7) to be a c_int holding 7; got {v!r}"
    assert not hasattr(v, "get_lock"), f"expected RawValue() to have no lock (no get_lock()); got {v!r}"
    z = RawValue(ctypes.c_double)
    assert isinstance(z, ctypes.c_double) and z.value == 0.0, f"expected RawValue(c_double) to be c_double() == 0.0; got {z!r}"


@spec("sharedctypes.rawarray.returns", RAWARRAY, api=("sharedctypes.RawArray",))
def test_rawarray_is_a_ctypes_array(mp):
    """RawArray() returns a ctypes array of elements of typecode_or_type, with no lock."""
    a = mp.sharedctypes.RawArray(ctypes.c_double, [0.5, 1.5])
    assert isinstance(a, ctypes.Array) and a._type_ is ctypes.c_double, f"expected a ctypes array of c_double; got {a!r}"
    assert not hasattr(a, "get_lock"), f"expected RawArray() to have no lock (no get_lock()); got {a!r}"
    assert a[:] == [0.5, 1.5], f"expected RawArray(c_double, [0.5, 1.5]) to hold [0.5, 1.5]; got {a[:]!r}"


@spec("sharedctypes.rawarray.size_or_initializer", RAWARRAY, api=("sharedctypes.RawArray",))
def test_rawarray_size_or_initializer(mp):
    """An integer size_or_initializer gives a zeroed array of that length; a sequence initializes it and sets its length."""
    RawArray = mp.sharedctypes.RawArray
    z = RawArray("i", 4)
    assert z[:] == [0, 0, 0, 0], f"expected RawArray('i', 4) to be four zeros; got {z[:]!r}"
    s = RawArray("i", (3, 1, 4, 1, 5))
    assert s[:] == [3, 1, 4, 1, 5], f"expected RawArray('i', (3, 1, 4, 1, 5)) to hold those five items; got {s[:]!r}"


@spec("sharedctypes.rawarray.c_char_value_raw", RAWVALUE, api=("sharedctypes.RawArray",))
def test_raw_c_char_array_has_value_and_raw(mp):
    """A shared array of ctypes.c_char has value and raw attributes to store and retrieve strings."""
    s = mp.sharedctypes.RawArray("c", 8)
    s.value = b"spam"
    assert (s.value, s.raw) == (b"spam", b"spam\0\0\0\0"), f"expected value b'spam' and raw b'spam' + 4 NULs; got {s.value!r}, {s.raw!r}"


@spec("sharedctypes.table.rawvalue_typecode", TABLE, api=("sharedctypes.RawValue",))
def test_table_rawvalue_typecode_and_type(mp):
    """RawValue('d', 2.4) and RawValue(c_double, 2.4) are like c_double(2.4)."""
    RawValue = mp.sharedctypes.RawValue
    for v in (RawValue("d", 2.4), RawValue(ctypes.c_double, 2.4)):
        assert type(v) is ctypes.c_double and v.value == 2.4, f"expected a c_double holding 2.4; got {v!r}"


@spec("sharedctypes.table.rawvalue_struct", TABLE, api=("sharedctypes.RawValue",))
def test_table_rawvalue_structure(mp):
    """RawValue(MyStruct, 4, 6) is like MyStruct(4, 6)."""
    p = mp.sharedctypes.RawValue(Point, 4, 6)
    assert type(p) is Point, f"expected RawValue(Point, 4, 6) to be a Point; got {p!r}"
    assert (p.x, p.y) == (4.0, 6.0), f"expected the Point's fields to be (4.0, 6.0); got {(p.x, p.y)!r}"


@spec("sharedctypes.table.rawarray_size", TABLE, api=("sharedctypes.RawArray",))
def test_table_rawarray_size(mp):
    """RawArray('h', 7) and RawArray(c_short, 7) are like (c_short * 7)()."""
    RawArray = mp.sharedctypes.RawArray
    for a in (RawArray("h", 7), RawArray(ctypes.c_short, 7)):
        ok = isinstance(a, ctypes.Array) and a._type_ is ctypes.c_short and a[:] == [0] * 7
        assert ok, f"expected a zeroed array of 7 c_short; got {a!r}"


@spec("sharedctypes.table.rawarray_init", TABLE, api=("sharedctypes.RawArray",))
def test_table_rawarray_initializer(mp):
    """RawArray('i', (9, 2, 8)) and RawArray(c_int, (9, 2, 8)) are like (c_int * 3)(9, 2, 8)."""
    RawArray = mp.sharedctypes.RawArray
    for a in (RawArray("i", (9, 2, 8)), RawArray(ctypes.c_int, (9, 2, 8))):
        ok = isinstance(a, ctypes.Array) and a._type_ is ctypes.c_int and a[:] == [9, 2, 8]
        assert ok, f"expected an array of 3 c_int holding [9, 2, 8]; got {a!r}"

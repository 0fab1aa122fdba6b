"""Array(typecode_or_type, size_or_initializer): a shared ctypes array, by default in a synchronized wrapper."""

import ctypes
import operator

from conformance.marks import spec
from conformance.spec.calls import raises

ARRAY = "multiprocessing.html#multiprocessing.Array"
SHARING = "multiprocessing.html#sharing-state-between-processes"


@spec("sharedctypes.array.create.synchronized_wrapper", ARRAY)
def test_array_is_a_synchronized_wrapper_of_a_ctypes_array(mp):
    """Array() returns a ctypes array allocated from shared memory, by default a synchronized wrapper for it."""
    a = mp.Array("i", [1, 2, 3])
    obj = a.get_obj()
    assert isinstance(obj, ctypes.Array), f"expected get_obj() of Array('i', [1, 2, 3]) to be a ctypes array; got {obj!r}"
    assert obj[:] == [1, 2, 3], f"expected the wrapped ctypes array to hold [1, 2, 3]; it holds {obj[:]!r}"
    assert callable(getattr(a, "get_lock", None)), f"expected Array('i', [1, 2, 3]) to be a synchronized wrapper with get_lock(); got {a!r}"


@spec("sharedctypes.array.size.zeroed", ARRAY)
def test_integer_size_gives_a_zeroed_array_of_that_length(mp):
    """If size_or_initializer is an integer, it is the length of the array, which is initially zeroed."""
    for code, zero in (("i", 0), ("d", 0.0)):
        a = mp.Array(code, 5)
        assert len(a) == 5, f"expected Array({code!r}, 5) to have length 5; got {len(a)}"
        assert a[:] == [zero] * 5, f"expected Array({code!r}, 5) to be zeroed; got {a[:]!r}"
    p = mp.Array(ctypes.c_double, 0)
    assert len(p) == 0, f"expected Array(c_double, 0) to be empty; got length {len(p)}"


@spec("sharedctypes.array.initializer.sequence", ARRAY)
def test_sequence_initializes_the_array_and_sets_its_length(mp):
    """Otherwise size_or_initializer is a sequence that initializes the array, and its length is the array's length."""
    for init in ([3, 1, 4, 1, 5], (9, 2, 8), range(10)):
        a = mp.Array("i", init)
        assert len(a) == len(init), f"expected Array('i', {init!r}) to have length {len(init)}; got {len(a)}"
        assert a[:] == list(init), f"expected Array('i', {init!r}) to hold {list(init)!r}; got {a[:]!r}"


@spec("sharedctypes.array.sequence.protocol", SHARING)
def test_array_supports_len_indexing_slicing_and_iteration(mp):
    """A shared array supports len(), indexing and item assignment, slices (arr[:] is a list) and iteration."""
    a = mp.Array("i", range(10))
    assert len(a) == 10, f"expected len() 10; got {len(a)}"
    assert (a[0], a[9], a[-1]) == (0, 9, 9), f"expected a[0], a[9], a[-1] to be 0, 9, 9; got {(a[0], a[9], a[-1])!r}"
    a[3] = -3
    assert a[3] == -3, f"expected a[3] to read -3 after assigning it; got {a[3]!r}"
    whole = a[:]
    assert type(whole) is list and whole == [0, 1, 2, -3, 4, 5, 6, 7, 8, 9], f"expected a[:] to be the list of items; got {whole!r}"
    assert a[2:5] == [2, -3, 4], f"expected a[2:5] to be [2, -3, 4]; got {a[2:5]!r}"
    a[0:3] = [7, 8, 9]
    assert a[:4] == [7, 8, 9, -3], f"expected a[:4] to be [7, 8, 9, -3] after a[0:3] = [7, 8, 9]; got {a[:4]!r}"
    assert list(a) == a[:], f"expected iterating to give the items {a[:]!r}; got {list(a)!r}"
    raises(IndexError, operator.getitem, a, 10)


@spec("sharedctypes.array.c_char.value_raw", ARRAY)
def test_c_char_array_has_value_and_raw(mp):
    """An array of ctypes.c_char (typecode 'c' is its alias) has value and raw attributes to store and retrieve byte strings."""
    s = mp.Array("c", b"hello world")
    assert s.get_obj()._type_ is ctypes.c_char, f"expected typecode 'c' to be ctypes.c_char; got items of {s.get_obj()._type_!r}"
    assert s.value == b"hello world", f"expected .value of Array('c', b'hello world') to be b'hello world'; got {s.value!r}"
    assert s.raw == b"hello world", f"expected .raw of Array('c', b'hello world') to be b'hello world'; got {s.raw!r}"
    b = mp.Array(ctypes.c_char, 6)
    b.value = b"abc"
    assert b.value == b"abc", f"expected .value to read b'abc' after assigning it; got {b.value!r}"
    assert b.raw == b"abc\0\0\0", f"expected .raw to be b'abc' and the zeros after it; got {b.raw!r}"
    b.raw = b"xy\0zzz"
    assert (b.value, b[:]) == (b"xy", b"xy\0zzz"), f"expected .value b'xy' (up to the NUL) after assigning .raw; got {b.value!r}"


@spec("sharedctypes.array.wrapper_by_lock", "multiprocessing.html#multiprocessing.sharedctypes.Array", api=("sharedctypes.Array",))
def test_sharedctypes_array_is_rawarray_in_a_wrapper(mp):
    """sharedctypes.Array is RawArray (a zeroed size or an initializer) returned in a synchronization wrapper."""
    Array = mp.sharedctypes.Array
    z, s = Array("h", 7), Array(ctypes.c_int, (9, 2, 8))
    for a, ctype, items in ((z, ctypes.c_short, [0] * 7), (s, ctypes.c_int, [9, 2, 8])):
        obj = a.get_obj()
        assert isinstance(obj, ctypes.Array) and obj._type_ is ctype, f"expected get_obj() to be an array of {ctype.__name__}; got {obj!r}"
        assert a[:] == items, f"expected the wrapper to give {items!r}; got {a[:]!r}"

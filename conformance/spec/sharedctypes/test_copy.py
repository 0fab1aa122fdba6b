"""sharedctypes.copy(obj): a new ctypes object in shared memory with the same contents."""

import ctypes

from conformance.marks import spec
from conformance.spec.sharedctypes import targets
from conformance.spec.sharedctypes.probe import written_by_child
from conformance.spec.sharedctypes.targets import Point
from conformance.spec.support import CHILD

COPY = "multiprocessing.html#multiprocessing.sharedctypes.copy"


@spec("sharedctypes.copy.new_shared_copy", COPY, api=("sharedctypes.copy",), needs=CHILD)
def test_copy_is_a_new_shared_object_equal_to_the_original(mp):
    """copy(obj) returns a ctypes object allocated from shared memory which is a copy of the ctypes object obj."""
    sc = mp.sharedctypes
    original = ctypes.c_int(7)
    c = sc.copy(original)
    assert type(c) is ctypes.c_int and c.value == 7, f"expected copy(c_int(7)) to be a c_int holding 7; got {c!r}"
    c.value = 8
    assert original.value == 7, f"expected the copy to be a new object: writing it changed the original to {original.value}"
    p = sc.copy(sc.RawValue(Point, 1.5, -2.0))
    a = sc.copy((ctypes.c_double * 3)(0.5, 1.0, 1.5))
    assert type(p) is Point and (p.x, p.y) == (1.5, -2.0), f"expected a copy of Point(1.5, -2.0); got {p!r}"
    assert a[:] == [0.5, 1.0, 1.5], f"expected a copy of the c_double array [0.5, 1.0, 1.5]; got {a[:]!r}"
    written_by_child(mp, targets.set_raw, c, a, 42)
    assert (c.value, a[0]) == (42, 42.0), f"expected the copies to be in shared memory: a child's writes of 42 read {c.value!r}, {a[0]!r}"

"""Shared ctypes objects live in shared memory: what a child writes to them, the parent reads."""

import ctypes

from conformance.marks import spec
from conformance.spec.sharedctypes import targets
from conformance.spec.sharedctypes.probe import written_by_child
from conformance.spec.sharedctypes.targets import Point
from conformance.spec.support import CHILD

SHARING = "multiprocessing.html#sharing-state-between-processes"
SHAREDCTYPES = "multiprocessing.html#module-multiprocessing.sharedctypes"


@spec("sharedctypes.value.child.writes_visible", SHARING, needs=CHILD)
def test_child_write_to_value_is_seen_by_parent(mp):
    """A value a child assigns to a Value passed to it is read by the parent (the docs' example: 3.1415927)."""
    num = mp.Value("d", 0.0)
    written_by_child(mp, targets.set_value, num, 3.1415927)
    assert num.value == 3.1415927, f"expected the parent to read the child's 3.1415927; got {num.value!r}"


@spec("sharedctypes.array.child.writes_visible", SHARING, needs=CHILD)
def test_child_writes_to_array_are_seen_by_parent(mp):
    """Items a child assigns to an Array passed to it are read by the parent (the docs' example: [0, -1, ..., -9])."""
    arr = mp.Array("i", range(10))
    written_by_child(mp, targets.negate, arr)
    got = list(arr[:])
    assert got == [0, -1, -2, -3, -4, -5, -6, -7, -8, -9], f"expected the parent to read the negated items; got {got!r}"


@spec("sharedctypes.module.inherited_by_children", SHAREDCTYPES, api=("sharedctypes",), needs=CHILD)
def test_child_writes_to_raw_objects_are_seen_by_parent(mp):
    """sharedctypes allocates ctypes objects from shared memory that child processes inherit: their writes are seen."""
    v = mp.sharedctypes.RawValue("i", 0)
    a = mp.sharedctypes.RawArray("i", 3)
    written_by_child(mp, targets.set_raw, v, a, 42)
    assert (v.value, a[:]) == (42, [42, 0, 0]), f"expected the parent to read the child's 42 in both; got {v.value!r}, {a[:]!r}"


@spec("sharedctypes.example.child_modifies", SHAREDCTYPES, api=("sharedctypes",), needs=CHILD)
def test_sharedctypes_example(mp):
    """The docs' example: a child squares n, x and the points and upper-cases s, and the parent prints the results."""
    sc = mp.sharedctypes
    lock = mp.Lock()
    n = sc.Value("i", 7, ctx=mp)  # its new lock from this variant's context, not the default one
    x = sc.Value(ctypes.c_double, 1.0 / 3.0, lock=False)
    s = sc.Array("c", b"hello world", lock=lock)
    A = sc.Array(Point, [(1.875, -6.25), (-5.75, 2.0), (2.375, 9.5)], lock=lock)
    written_by_child(mp, targets.sharedctypes_example, n, x, s, A)
    got = (n.value, x.value, s.value, [(a.x, a.y) for a in A])
    expected = (49, 0.1111111111111111, b"HELLO WORLD", [(3.515625, 39.0625), (33.0625, 4.0), (5.640625, 90.25)])
    assert got == expected, f"expected the docs' printed results {expected!r}; got {got!r}"

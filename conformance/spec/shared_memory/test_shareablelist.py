"""ShareableList: a fixed-length list of int, float, bool, str, bytes and None values kept in a shared memory block."""

import operator
import struct

import pytest

from conformance.marks import spec
from conformance.spec.calls import raises, refused
from conformance.spec.shared_memory import targets
from conformance.spec.shared_memory.blocks import fresh_name, shareable
from conformance.spec.support import CHILD, WAIT, running

DOC = "multiprocessing.shared_memory.html#multiprocessing.shared_memory.ShareableList"
API = ("shared_memory.ShareableList",)
EXAMPLE = ["howdy", b"HoWdY", -273.154, 100, None, True, 42]


@spec("shared_memory.shareablelist.types", DOC, api=API)
def test_supported_types_read_back_as_themselves(mp):
    """int, float, bool, str, bytes and None values are stored and read back with their type (the docs' example)."""
    with shareable(mp, EXAMPLE) as a:
        got = [(type(entry), entry) for entry in a]
    expected = [(type(entry), entry) for entry in EXAMPLE]
    assert got == expected, f"expected the (type, value) pairs {expected!r}; got {got!r}"


@spec("shared_memory.shareablelist.unsupported_type", DOC, api=API)
def test_unsupported_type_is_refused(mp):
    """Only int, float, bool, str, bytes and None can be stored: a list is refused, as a new item or an assigned one."""
    def kept(sequence):
        with shareable(mp, sequence) as sl:
            return list(sl)

    refused("ShareableList([[1]])", kept, [[1]])
    with shareable(mp, [1, 2]) as sl:
        refused("sl[0] = [1]", sl.__setitem__, 0, [1])
        assert list(sl) == [1, 2], f"expected the refused assignment to leave [1, 2]; got {list(sl)!r}"


@spec("shared_memory.shareablelist.len_types", DOC, api=API)
def test_len_and_iteration(mp):
    """len() gives the number of items and iterating yields them in order (the docs' example: 7)."""
    with shareable(mp, EXAMPLE) as a:
        got = (len(a), list(a))
    assert got == (7, EXAMPLE), f"expected (7, {EXAMPLE!r}); got {got!r}"


@spec("shared_memory.shareablelist.fixed_length", DOC, api=API)
def test_length_cannot_change_and_slicing_makes_no_shareable_list(mp):
    """A ShareableList cannot change its length (no append or insert) and slicing does not create a new ShareableList."""
    ShareableList = mp.shared_memory.ShareableList
    with shareable(mp, range(4)) as sl:
        for method in ("append", "insert", "extend", "pop", "remove"):
            assert not hasattr(sl, method), f"expected a ShareableList to have no {method}(); it has"
        raises((TypeError, AttributeError), operator.delitem, sl, 0)
        try:
            sliced = sl[1:3]
        except TypeError:
            sliced = None
        if isinstance(sliced, ShareableList):
            message = f"expected slicing not to create a ShareableList; got {sliced!r}"
            sliced.shm.close()
            sliced.shm.unlink()
            raise AssertionError(message)
        assert list(sl) == [0, 1, 2, 3], f"expected the items to stay [0, 1, 2, 3]; got {list(sl)!r}"


@spec("shared_memory.shareablelist.sequence_populates", DOC, api=API)
@pytest.mark.parametrize("sequence", [range(4), "alpha", (1.5, b"x", None)], ids=["range", "str", "tuple"])
def test_sequence_populates_the_list(mp, sequence):
    """A new ShareableList holds the values of `sequence`, in order."""
    with shareable(mp, sequence) as sl:
        got = list(sl)
    assert got == list(sequence), f"expected {list(sequence)!r}; got {got!r}"


@spec("shared_memory.shareablelist.name", DOC, api=API)
def test_name_creates_and_attaches(mp):
    """name is the block's unique name: a ShareableList created with a name can be attached to by it, leaving sequence None."""
    name = fresh_name()
    with shareable(mp, range(5), name=name) as b:
        c = mp.shared_memory.ShareableList(name=name)
        try:
            got = (b.shm.name, list(c))
        finally:
            c.shm.close()
    assert got == (name, [0, 1, 2, 3, 4]), f"expected the block named {name!r} to be attached with [0, 1, 2, 3, 4]; got {got!r}"


@spec("shared_memory.shareablelist.cross_process", DOC, requires=("processes",), api=API, needs=CHILD)
def test_another_process_attached_by_name_modifies_the_list(mp):
    """A ShareableList attached by name in another process sees and modifies the same values (the docs' example: c[-1] = -999)."""
    with shareable(mp, range(5)) as b:
        with running(mp, targets.set_last, mp, b.shm.name, -999) as p:
            p.join(WAIT)
        assert p.exitcode == 0, f"expected the child to exit with 0; its exitcode is {p.exitcode!r}"
        got = list(b)
    assert got == [0, 1, 2, 3, -999], f"expected the child's c[-1] = -999 seen as b[-1]; got {got!r}"


@spec("shared_memory.shareablelist.change_type", DOC, api=API)
def test_item_can_change_type(mp):
    """An item can be assigned a value of another supported type (the docs' example: -78.5, then 'dry ice')."""
    with shareable(mp, EXAMPLE) as a:
        a[2] = -78.5
        first = a[2]
        a[2] = "dry ice"
        got = (first, a[2])
    assert got == (-78.5, "dry ice"), f"expected (-78.5, 'dry ice'); got {got!r}"


@spec("shared_memory.shareablelist.too_large", DOC, api=API)
@pytest.mark.parametrize("value", ["larger than previously allocated storage space", b"larger than previously allocated storage space"], ids=["str", "bytes"])
def test_value_larger_than_the_items_storage_raises_value_error(mp, value):
    """Assigning a str or bytes larger than the item's storage raises ValueError and leaves the item unchanged."""
    with shareable(mp, ["dry ice", b"dry ice"]) as a:
        raises(ValueError, operator.setitem, a, isinstance(value, bytes), value)
        got = list(a)
    assert got == ["dry ice", b"dry ice"], f"expected the items to stay ['dry ice', b'dry ice']; got {got!r}"


@spec("shared_memory.shareablelist.count", DOC + ".count", api=API)
def test_count(mp):
    """count(value) returns the number of occurrences of value (the docs' example: b'howdy' 0, b'HoWdY' 1)."""
    with shareable(mp, EXAMPLE + [100, "howdy", 100]) as a:
        got = [a.count(v) for v in (b"howdy", b"HoWdY", 100, "howdy", 3.5)]
    assert got == [0, 1, 3, 2, 0], f"expected the counts [0, 1, 3, 2, 0]; got {got!r}"


@spec("shared_memory.shareablelist.index", DOC + ".index", api=API)
def test_index(mp):
    """index(value) returns the first position of value and raises ValueError if value is not present."""
    with shareable(mp, EXAMPLE + [100, 42]) as a:
        got = (a.index(42), a.index(100), a.index("howdy"))
        raises(ValueError, a.index, b"howdy")
    assert got == (6, 3, 0), f"expected first positions (6, 3, 0); got {got!r}"


@spec("shared_memory.shareablelist.format", DOC + ".format", api=API)
def test_format_is_a_read_only_struct_format_of_the_current_values(mp):
    """format is the read-only struct packing format used by all currently stored values, following their changes."""
    with shareable(mp, [1, 2.5]) as a:
        before = a.format
        struct.calcsize(before)  # raises struct.error if it is no struct format
        raises(AttributeError, setattr, a, "format", before)
        a[0] = "xy"
        after = a.format
        struct.calcsize(after)
    assert isinstance(before, str) and before != after, f"expected a str format changing when item 0 became a str; got {before!r}, then {after!r}"


@spec("shared_memory.shareablelist.shm", DOC + ".shm", api=API + ("shared_memory.SharedMemory",))
def test_shm_is_the_shared_memory_holding_the_values(mp):
    """shm is the SharedMemory instance where the values are stored."""
    with shareable(mp, [0]) as a:
        assert isinstance(a.shm, mp.shared_memory.SharedMemory), f"expected shm to be a SharedMemory; got {type(a.shm)!r}"
        before = bytes(a.shm.buf)
        a[0] = 12345
        after = bytes(a.shm.buf)
    assert before != after, "expected assigning an item to change the bytes of shm; they stayed the same"


@spec("shared_memory.shareablelist.repr", DOC, api=API)
def test_repr_shows_items_and_name(mp):
    """repr() shows the items and the block's name: ShareableList([0, 1, 2, 3, 4], name='...')."""
    with shareable(mp, range(5)) as c:
        got = repr(c)
        # The format is the documentation's: its examples (ShareableList, SharedMemoryManager) show
        # `ShareableList([0, 1, 2, 3, 4], name='...')` and `ShareableList([0, 1, 2, 3], name='psm_6572_7512')`.
        expected = f"ShareableList([0, 1, 2, 3, 4], name={c.shm.name!r})"
    assert got == expected, f"expected {expected!r}; got {got!r}"

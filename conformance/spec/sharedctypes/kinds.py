"""The array module's typecodes and what a value of each kind reads back as, for the typecode tests."""

import array
import warnings

# The typecodes of the array module that the docs' "typecode of the kind used by the array module" covers
# ('w', new in 3.13, is documented as unsupported).
TYPECODES = "bBuhHiIlLqQfd"


def itemsize(code):
    """The size in bytes of one item of this kind."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # array('u') warns since 3.13
        return array.array(code).itemsize


def sample(code):
    """A value to store, and what an item of this kind reads back after storing it."""
    if code == "u":
        return "x", "x"
    if code in "fd":
        return 0.1, array.array(code, [0.1])[0]
    all_ones = 2 ** (8 * itemsize(code)) - 1
    return all_ones, (-1 if code.islower() else all_ones)

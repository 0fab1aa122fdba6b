"""Python conditions: minor and patch-level versions, and alternatives for a fix backported to two branches."""

import pytest

from conformance.conditions import check_python, python_matches

BACKPORTED = ">=3.14.9,<3.15|>=3.15.1"  # e.g. a change in 3.14.9 and in 3.15.1


@pytest.mark.parametrize("version, holds", [
    ((3, 13, 9), False), ((3, 14, 8), False), ((3, 14, 9), True), ((3, 14, 10), True),
    ((3, 15, 0), False), ((3, 15, 1), True), ((3, 16, 0), True),
])
def test_a_patch_level_condition_with_alternatives(version, holds):
    assert python_matches(BACKPORTED, version) is holds


@pytest.mark.parametrize("spec, version, holds", [
    (">=3.14", (3, 14, 0), True), ("<3.14", (3, 14, 0), False), ("<3.14", (3, 13, 12), True),
    (">=3.8,<3.14", (3, 8, 0), True), (">=3.14.1", (3, 14, 0), False), (">=3.14.1", (3, 15, 0), True),
])
def test_minor_and_micro_clauses(spec, version, holds):
    assert python_matches(spec, version) is holds


@pytest.mark.parametrize("spec", ["3.14", ">=3", ">=3.14.x", ">=3.14|", ">=3.14;<3.15"])
def test_a_malformed_condition_is_refused(spec):
    with pytest.raises(ValueError, match="major.minor"):
        check_python(spec)

"""Whether the behaviours a failed spec test needs hold for a variant: their spec tests, run once per worker and variant."""

import functools
import importlib

import pytest

from conformance import index
from conformance.verdicts import NotImplementedByBackend

_found = {}  # (variant id, spec id) -> what went wrong, or None where it holds or cannot be told


def failing(spec, variant):
    """(spec id, what went wrong) of the first of `spec.needs` that does not hold for `variant`, or None; where that
    one's own prerequisite does not hold either, that one instead. Each is told once per process and variant, by
    calling its spec tests with the variant's `mp` (they take nothing else). One that does not apply, or cannot be
    told here, does not block; nor does one of a chapter the backend does not take part in (Ray's Pool is not built on
    a Process of Ray's, which has none)."""
    if variant.backend.prelude:  # its tests run in a fresh interpreter of their own, not in this one
        return None
    for spec_id in spec.needs:
        if not any(variant.backend.covers(chapter) for chapter, _, _ in _tests(spec_id)):
            continue
        for _, _, own in _tests(spec_id):
            deeper = failing(own, variant)
            if deeper:
                return deeper
        if (variant.id, spec_id) not in _found:
            _found[variant.id, spec_id] = _check(spec_id, variant)
        if _found[variant.id, spec_id]:
            return spec_id, _found[variant.id, spec_id]
    return None


def _check(spec_id, variant):
    for _, test, own in _tests(spec_id):
        if own.not_applicable(variant):
            continue
        mp = variant.api()
        try:
            for dotted in own.api:
                mp.lookup(dotted)
            test(mp)
        except NotImplementedByBackend as e:
            return f"not implemented: {e}"
        except pytest.skip.Exception:  # not applicable, found at run time
            continue
        except Exception as e:
            return f"{type(e).__name__}: {e}"
    return None


@functools.lru_cache(maxsize=None)
def _tests(spec_id):
    """(chapter, test function, its Spec) of each test of `spec_id`."""
    found = []
    for address in index.spec_tests().get(spec_id, ()):
        path, _, name = address.partition("::")
        test = getattr(importlib.import_module(path[: -len(".py")].replace("/", ".")), name)
        found.append((index.chapter(address), test, next(m.args[0] for m in test.pytestmark if m.name == "mp_spec")))
    return found

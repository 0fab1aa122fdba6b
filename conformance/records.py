"""A spec test's record: what each phase's report carries from the worker, and the one record its phases make."""

from pathlib import Path

import conformance
from conformance import verdicts

PROPERTY = "mp"  # the user property of a report that carries its phase's fields
_PACKAGE_PARENT = Path(conformance.__file__).resolve().parent.parent
MAX_MESSAGE = 2000  # characters of a message kept in a record


def address(item):
    """The spec test's stable address without parameters: conformance/spec/x/test_y.py::test_z."""
    path = Path(item.module.__file__).resolve()
    try:
        path = path.relative_to(_PACKAGE_PARENT)
    except ValueError:
        pass
    return f"{path.as_posix()}::{item.originalname}"


def test_id(item):
    """The spec test's stable address with its parameters: conformance/spec/x/test_y.py::test_z[stdlib-fork]."""
    return address(item) + item.name[len(item.originalname):]


def phase(item, spec, variant, verdict, raw, message, expected):
    """The fields one phase of a spec test reports: who it is, its verdict before and after the manifest, its message,
    and what the manifest entry that covers it expects ({"outcomes", "reason"}, or None)."""
    return {
        "test": test_id(item),
        "spec": spec.id,
        "chapter": spec.chapter,
        "doc": spec.doc,
        "backend": variant.backend.name,
        "variant": variant.id,
        "start_method": variant.start_method,
        "verdict": verdict,
        "raw_verdict": raw,
        "message": message,
        "expected": expected,
    }


def attach(report, fields):
    report.user_properties = list(report.user_properties) + [(PROPERTY, fields)]


def of(report):
    """The fields a report carries; None for a report that is not a spec test's."""
    for name, value in getattr(report, "user_properties", ()):
        if name == PROPERTY:
            return value
    return None


def merge(nodeid, phases):
    """The record of one test from its phases' fields (each with its duration): the worst phase gives the verdict."""
    verdict = verdicts.worst(p["verdict"] for p in phases)
    worst = next(p for p in phases if p["verdict"] == verdict)
    first = phases[0]
    return {
        "nodeid": nodeid,
        **{key: first[key] for key in ("test", "spec", "chapter", "doc", "backend", "variant", "start_method")},
        "verdict": verdict,
        "raw_verdict": worst["raw_verdict"],
        "duration": round(sum(p["duration"] for p in phases), 4),
        "message": worst["message"],
        "expected": worst["expected"],
    }


def shorten(text):
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + "..."

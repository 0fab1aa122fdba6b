"""The @spec mark that ties a test to one documented behaviour, and not_applicable() for tests."""

import re

import pytest

from conformance import capabilities, conditions
from conformance.verdicts import NotApplicable

DOCS = "https://docs.python.org/3/library/"
SPEC_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+){2,}$")


class Spec:
    """What one spec test encodes: a stable id, a doc anchor, and where the behaviour holds."""

    def __init__(self, spec_id, doc, python=None, platforms=(), start_methods=(), requires=(), api=(), needs=()):
        if not SPEC_ID.match(spec_id):
            raise ValueError(f"spec id {spec_id!r} is not of the form chapter.subject.behaviour")
        if "#" not in doc:
            raise ValueError(f"spec {spec_id}: doc {doc!r} needs a fragment, e.g. 'multiprocessing.html#multiprocessing.Queue.put'")
        if python:
            conditions.check_python(python)
        conditions.check_platforms(platforms)
        capabilities.check(requires)
        for prerequisite in needs:
            if not SPEC_ID.match(prerequisite) or prerequisite == spec_id:
                raise ValueError(f"spec {spec_id}: needs {prerequisite!r}, which is not another spec id")
        self.id = spec_id
        self.chapter = spec_id.split(".", 1)[0]
        self.doc = doc if doc.startswith("http") else DOCS + doc
        self.python = python
        self.platforms = tuple(platforms)
        self.start_methods = tuple(start_methods)
        self.requires = tuple(requires)
        self.api = tuple(api)
        self.needs = tuple(needs)

    def not_applicable(self, variant):
        """The reason this behaviour does not apply to `variant` here, or None."""
        reason = conditions.unmet(self.python, self.platforms, self.start_methods, variant.start_method)
        if reason:
            return reason
        missing = [c for c in self.requires if c not in variant.capabilities]
        if missing:
            return f"needs {missing[0]} ({capabilities.CAPABILITIES[missing[0]]}), which {variant.id} lacks"
        return None


def spec(spec_id, doc, *, python=None, platforms=(), start_methods=(), requires=(), api=(), needs=()):
    """Mark a test as the encoding of documented behaviour `spec_id`.

    doc: the anchor in the Python docs ('multiprocessing.html#multiprocessing.Queue.put' or a full URL).
    python: the versions where the documented behaviour holds ('>=3.9', '>=3.8,<3.14').
    platforms: 'linux', 'darwin', 'win32' or 'posix'; start_methods: 'fork', 'spawn', 'forkserver'.
    requires: capability names from conformance.capabilities.
    api: dotted names the test needs from the backend ('Process.kill'); a missing one is "not implemented".
    needs: spec ids of the other behaviours the test cannot do without ('process.start.runs_target' to have a child
    at all); where the test fails and one of them does not hold for the variant, the verdict is "blocked" by it.
    """
    return pytest.mark.mp_spec(
        Spec(spec_id, doc, python, platforms, start_methods, requires, api, needs)
    )


def not_applicable(reason):
    """End the running test with the verdict "not applicable", for a reason found only at run time."""
    raise NotApplicable(reason)

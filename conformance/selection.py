"""Which spec tests a run selects by spec id, chapter and test address, beside pytest's -k and -m."""

import difflib
import fnmatch
import re

from conformance import index, renamed

# A spec test's address as pytest prints it (from the repository or elsewhere) or a report's "test" field
# gives it: [conformance/]spec/<chapter>[/<file>.py][::<test>[<params>]]
_ADDRESS = re.compile(r"(?:\./)?(?:conformance/)?(spec(?:/[\w.-]+)*?)/?(::.+)?")


class SelectionError(Exception):
    """An option that selects nothing; the message says what exists nearby."""


def address(arg):
    """'conformance/spec/...' for an argument that is a spec test's address ('spec/...' too), else None."""
    match = _ADDRESS.fullmatch(arg.replace("\\", "/"))
    return f"conformance/{match.group(1)}{match.group(2) or ''}" if match else None


def at(test, target):
    """Whether the spec test at address `test` ('conformance/spec/x/test_y.py::test_z[params]') is at `target`:
    in its directory or file, and where `target` names a test, that test (on every variant, or the one in brackets)."""
    path, _, name = target.partition("::")
    test_path, _, test_name = test.partition("::")
    if test_path != path and not test_path.startswith(path.rstrip("/") + "/"):
        return False
    return not name or name in (test_name, test_name.split("[", 1)[0])


class Selection:
    """--mp-spec globs, --mp-chapter names and --mp-test addresses; together they add up, and none selects all."""

    def __init__(self, specs, chapters, tests, spec_tests):
        self.specs, self.chapters, self.tests = list(specs), list(chapters), list(tests)
        self.warnings = []  # what the run should tell about them (spec ids as they were before 0.2)
        for i, pattern in enumerate(self.specs):
            new = renamed.current(pattern, spec_tests)
            if new:
                self.warnings.append(renamed.warning("--mp-spec", pattern, new))
                self.specs[i] = pattern = new
            if not fnmatch.filter(spec_tests, pattern):
                raise SelectionError(f"--mp-spec {pattern!r} matches no spec id{_close(pattern, list(spec_tests))}"
                                     " (`mp-conformance spec` lists them)")
        known = index.chapters()
        for chapter in self.chapters:
            if chapter not in known:
                raise SelectionError(f"--mp-chapter {chapter!r}: no such chapter; chapters: {', '.join(known)}")
        addresses = [a for found in spec_tests.values() for a in found]
        for target in self.tests:
            bare = target.split("[", 1)[0]
            if not any(at(a, bare) for a in addresses):
                raise SelectionError(f"--mp-test {target!r}: no spec test there{_close(bare, addresses)}")

    def __bool__(self):
        return bool(self.specs or self.chapters or self.tests)

    def wants(self, spec_id, test):
        """Whether the spec test of `spec_id` at address `test` is selected."""
        return (any(fnmatch.fnmatchcase(spec_id, p) for p in self.specs)
                or index.chapter(test) in self.chapters
                or any(at(test, t) for t in self.tests))


def _close(text, known):
    close = difflib.get_close_matches(text, known, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""

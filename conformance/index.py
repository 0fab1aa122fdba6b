"""The suite's spec ids, read statically from the spec modules, and the documented statements per chapter."""

import ast
import csv
from pathlib import Path

SPEC_ROOT = Path(__file__).parent / "spec"
STATEMENTS = "statements.tsv"
STATEMENT_FIELDS = ("id", "statement", "doc", "python", "platforms", "untestable")


def spec_tests():
    """{spec id: [test address 'conformance/spec/x/test_y.py::test_z', ...]} of every spec test in the suite."""
    found = {}
    for spec_id, address, _ in _spec_functions():
        found.setdefault(spec_id, []).append(address)
    return found


def lines():
    """{test address: the line of its function in its file} of every spec test in the suite."""
    return {address: line for _, address, line in _spec_functions()}


def _spec_functions():
    """(spec id, test address, line) of each spec test function, file by file."""
    for path in sorted(SPEC_ROOT.rglob("test_*.py")):
        rel = path.relative_to(SPEC_ROOT.parent.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            for deco in node.decorator_list:
                spec_id = _spec_id(deco)
                if spec_id:
                    yield spec_id, f"{rel}::{node.name}", node.lineno


def _spec_id(deco):
    if isinstance(deco, ast.Call) and getattr(deco.func, "id", getattr(deco.func, "attr", None)) == "spec":
        first = deco.args[0] if deco.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def chapter(address):
    """The chapter of a spec test's address ('conformance/spec/queues/test_x.py::test_y' -> 'queues')."""
    parts = address.split("/")
    return parts[2] if parts[:2] == ["conformance", "spec"] and len(parts) > 3 else parts[0]


def chapters():
    """The spec chapters: the directories of conformance/spec/ that hold spec tests."""
    return sorted({path.parent.name for path in SPEC_ROOT.glob("*/test_*.py")})


def statements():
    """{chapter: [row dict with STATEMENT_FIELDS]} from each chapter's statements.tsv."""
    chapters = {}
    for path in sorted(SPEC_ROOT.glob(f"*/{STATEMENTS}")):
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        chapters[path.parent.name] = rows
    return chapters

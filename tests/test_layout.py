"""The harness's own layout: its modules import one another without a cycle, docs/architecture.md maps them all, and
spec tests assert an exception one way."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "conformance"


def _imports(path):
    """The conformance modules `path` imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module == "conformance":
            found |= {f"conformance.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("conformance."):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("conformance.")}
    return found


def test_the_harness_modules_import_one_another_without_a_cycle():
    graph = {f"conformance.{p.stem}": _imports(p) for p in PACKAGE.glob("*.py")}
    done, path = set(), []

    def visit(module):
        if module in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(module):] + [module]))
        if module in done or module not in graph:
            return
        path.append(module)
        for dep in sorted(graph[module]):
            visit(dep)
        path.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)


def test_the_architecture_page_names_every_module():
    page = (PACKAGE.parent / "docs" / "architecture.md").read_text()
    table = page[page.index("## The modules"):page.index("## Where to add")]
    missing = [p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py" and f"`{p.name}`" not in table]
    assert not missing, f"docs/architecture.md's table of modules lacks {', '.join(sorted(missing))}"


def test_spec_tests_assert_an_exception_one_way():
    """calls.raises() (bounded, and its failure says what the call did instead), not pytest.raises or try/else."""
    found = []
    for path in sorted((PACKAGE / "spec").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "pytest" \
                    and node.attr in ("raises", "fail"):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} pytest.{node.attr}")
    assert not found, "use conformance.spec.calls.raises: " + ", ".join(found)

"""Every spec test can fail: each broken backend in tests/broken fails exactly the spec ids it BREAKS."""

import importlib
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from conformance import index
from tests import broken, broken_selection

ROOT = Path(__file__).resolve().parent.parent
PASSING = {"pass", "not-applicable"}


def _broken_modules():
    return sorted(m.name for m in pkgutil.iter_modules(broken.__path__) if not m.name.startswith("_"))


def _modules(breaks):
    """The spec modules that hold the tests of these spec ids: {chapter: {dotted module name}}."""
    tests = index.spec_tests()
    found = {}
    for spec_id in breaks:
        for address in tests.get(spec_id, ()):
            path = address.split("::")[0]
            found.setdefault(path.split("/")[2], set()).add(path[: -len(".py")].replace("/", "."))
    return found


def _load(name):
    module = importlib.import_module(f"tests.broken.{name}")
    return module, sorted(module.BREAKS), tuple(getattr(module, "START_METHODS", ("fork",)))


@pytest.fixture(scope="session")
def broken_runs(tmp_path_factory):
    """Run each chapter once against the broken backends that break it, each on the spec modules of
    what it breaks (whole modules: a test it should not fail, beside the ones it should, must pass).
    Returns {(broken module, chapter): records}."""
    groups = {}
    for name in _broken_modules():
        _, breaks, methods = _load(name)
        for chapter, modules in _modules(breaks).items():
            groups.setdefault((chapter, methods), {})[f"tests.broken.{name}"] = sorted(modules)
    results = {}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    for (chapter, methods), selection in sorted(groups.items()):
        env[broken_selection.ENV] = json.dumps(selection)
        out = tmp_path_factory.mktemp("broken") / "report.json"
        cmd = [sys.executable, "-m", "pytest", "--pyargs", f"conformance.spec.{chapter}", "-p", "no:cacheprovider",
               "-q", "-n", "2", "-p", "tests.broken_selection", "--mp-report", str(out)]
        cmd += [a for m in methods for a in ("--mp-start-method", m)]
        cmd += [a for n in selection for a in ("--mp-backend", n)]
        proc = subprocess.run(cmd, cwd=str(out.parent), env=env, capture_output=True, text=True, timeout=1200)
        if not out.exists():
            pytest.fail(f"running {chapter} against broken backends wrote no report:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
        for rec in json.loads(out.read_text())["results"]:
            results.setdefault((rec["backend"].rsplit(".", 1)[1], chapter), []).append(rec)
    return results


@pytest.mark.parametrize("name", _broken_modules())
def test_broken_backend_fails_exactly_what_it_breaks(name, broken_runs):
    _, breaks, _ = _load(name)
    records = [r for (n, _), recs in broken_runs.items() if n == name for r in recs]
    assert records, f"tests.broken.{name}: no spec test ran against it"
    failed = {r["spec"] for r in records if r["verdict"] not in PASSING}
    missed = sorted(set(breaks) - failed)
    extra = sorted(failed - set(breaks))
    detail = "\n".join(f"  {r['nodeid']}: {r['verdict']}: {r['message'][:300]}" for r in records if r["spec"] in extra)
    assert not missed, f"tests.broken.{name} breaks {missed}, but those spec tests did not fail against it"
    assert not extra, f"tests.broken.{name} should fail only {breaks}, yet these failed too:\n{detail}"


def test_every_spec_test_fails_against_some_broken_backend():
    covered = set()
    for name in _broken_modules():
        covered.update(_load(name)[1])
    uncovered = sorted(set(index.spec_tests()) - covered)
    assert not uncovered, f"no broken backend in tests/broken breaks these spec ids: {uncovered}"

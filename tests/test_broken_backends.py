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


def _may_break(name):
    """Spec ids a broken backend fails only by chance (a race it opens): allowed to fail, not required to."""
    return set(getattr(importlib.import_module(f"tests.broken.{name}"), "MAY_BREAK", ()))


def _groups():
    """{(chapter, start methods): {broken backend: [spec modules it runs on]}}: one suite run per group."""
    groups = {}
    for name in _broken_modules():
        _, breaks, methods = _load(name)
        for chapter, modules in _modules(breaks).items():
            groups.setdefault((chapter, methods), {})[f"tests.broken.{name}"] = sorted(modules)
    return groups


def _run_group(chapter, methods, selection, tmp_dir):
    """Run `chapter` against the broken backends of `selection`, each on its own spec modules."""
    # A broken behaviour often means waiting for something that never comes: bound those waits tighter
    # than in a real run (support.WAIT), still far above what a working backend needs. Those waits leave
    # the CPUs idle, hence four workers on two cores.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
               MP_CONFORMANCE_WAIT="10", **{broken_selection.ENV: json.dumps(selection)})
    out = tmp_dir / "report.json"
    cmd = [sys.executable, "-m", "pytest", "--pyargs", f"conformance.spec.{chapter}", "-p", "no:cacheprovider",
           "-q", "-n", "4", "-p", "tests.broken_selection", "--mp-timeout", "40", "--mp-report", str(out)]
    cmd += [a for m in methods for a in ("--mp-start-method", m)]
    cmd += [a for n in selection for a in ("--mp-backend", n)]
    proc = subprocess.run(cmd, cwd=str(tmp_dir), env=env, capture_output=True, text=True, timeout=1800)
    if not out.exists():
        pytest.fail(f"running {chapter} against broken backends wrote no report:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return json.loads(out.read_text())["results"]


@pytest.fixture(scope="session")
def broken_records(tmp_path_factory):
    """broken_records(name) -> the records of every run against tests.broken.<name>; each group runs once."""
    groups, done = _groups(), {}

    def records(name):
        found = []
        for key, selection in sorted(groups.items()):
            if f"tests.broken.{name}" not in selection:
                continue
            if key not in done:
                done[key] = _run_group(*key, selection, tmp_path_factory.mktemp("broken"))
            found += [r for r in done[key] if r["backend"] == f"tests.broken.{name}"]
        return found

    return records


@pytest.mark.parametrize("name", _broken_modules())
def test_broken_backend_fails_exactly_what_it_breaks(name, broken_records):
    _, breaks, _ = _load(name)
    records = broken_records(name)
    assert records, f"tests.broken.{name}: no spec test ran against it"
    failed = {r["spec"] for r in records if r["verdict"] not in PASSING}
    ran = {r["spec"] for r in records if r["verdict"] != "not-applicable"}
    unverifiable = sorted(set(breaks) - ran)  # e.g. behaviour documented only for a later Python
    missed = sorted(set(breaks) - failed - set(unverifiable))
    extra = sorted(failed - set(breaks) - _may_break(name))
    detail = "\n".join(f"  {r['nodeid']}: {r['verdict']}: {r['message'][:300]}" for r in records if r["spec"] in extra)
    assert not missed, f"tests.broken.{name} breaks {missed}, but those spec tests did not fail against it"
    assert not extra, f"tests.broken.{name} should fail only {breaks}, yet these failed too:\n{detail}"
    if unverifiable and not missed and unverifiable == breaks:
        pytest.skip(f"tests.broken.{name}: what it breaks is not applicable here: {unverifiable}")


def test_every_spec_test_fails_against_some_broken_backend():
    covered = set()
    for name in _broken_modules():
        covered.update(_load(name)[1])
    uncovered = sorted(set(index.spec_tests()) - covered)
    assert not uncovered, f"no broken backend in tests/broken breaks these spec ids: {uncovered}"

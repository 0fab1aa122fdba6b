"""Every spec test can fail: each broken backend in tests/broken fails exactly the spec ids it BREAKS.

Every test of a spec id it breaks, every parameter (or those PARAMS names, for a breakage that only
some cases show), on the start methods the backend runs on (START_METHODS, default all three) where the test
applies, must give the verdict `fail`, unless the backend declares in OUTCOMES the other verdicts it is
meant to produce for that spec id. Every other test of those spec modules, run on the backend's first start
method, must pass (or be blocked by a prerequisite it breaks, or be in MAY_BREAK).

A pairing (broken backend, spec id it breaks) is verified on a Python where the spec id applies. A run
verifies what applies on its own Python and, with --broken-ledgers DIR, writes what it verified there
and skips what earlier runs on other Pythons wrote they verified; with --broken-final it fails on any
pairing that no Python of the run verified, unless ELSEWHERE lists its spec id.
"""

import concurrent.futures
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
START_METHODS = ("fork", "spawn", "forkserver")
# How many suite runs (a chapter's broken backends each) go at once: they mostly wait for what never comes.
CONCURRENT = 3
# Spec ids no interpreter of this project's runs can verify, and why.
ELSEWHERE = {
    "context.fork.posix_only": "documented for Windows; no run on Windows yet",
    "context.get_all_start_methods.windows": "documented for Windows; no run on Windows yet",
    "context.spawn.default_windows": "documented for Windows; no run on Windows yet",
    "executor.max_workers.windows_limit": "documented for Windows; no run on Windows yet",
    "listener.address.af_pipe": "documented for Windows; no run on Windows yet",
    "context.logging.get_logger.windows_children": "documented for Windows; no run on Windows yet",
    "context.get_all_start_methods.macos_order": "documented for macOS; no run on macOS yet",
    "context.spawn.default_macos": "documented for macOS; no run on macOS yet",
}


class Ledger:
    """The pairings verified by this run and, read from --broken-ledgers DIR, by runs on other Pythons."""

    def __init__(self, directory):
        self.python = "%s %d.%d.%d" % ((sys.implementation.name,) + tuple(sys.version_info[:3]))
        self.path = directory and Path(directory) / ("broken-%s%d%d.json" % ((sys.implementation.name,) + tuple(sys.version_info[:2])))
        self.before = {}  # (backend, spec id) -> the Python that verified it
        for path in sorted(Path(directory).glob("broken-*.json")) if directory else ():
            if path != self.path:
                data = json.loads(path.read_text())
                for name, ids in data["verified"].items():
                    self.before.update({(name, spec_id): data["python"] for spec_id in ids})
        self.verified = {}  # backend -> spec ids this run verified
        self.not_applicable = {}  # (backend, spec id) -> why it did not apply here

    def to_verify(self, name, breaks):
        return sorted(spec_id for spec_id in breaks if (name, spec_id) not in self.before)

    def record(self, name, verified, not_applicable):
        self.verified[name] = sorted(verified)
        self.not_applicable.update({(name, spec_id): why for spec_id, why in not_applicable.items()})
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"python": self.python, "verified": self.verified}, indent=1))

    def unverified(self, pairs):
        done = set(self.before) | {(name, spec_id) for name, ids in self.verified.items() for spec_id in ids}
        return sorted(set(pairs) - done)


@pytest.fixture(scope="session")
def ledger(request):
    return Ledger(request.config.getoption("--broken-ledgers"))


def _broken_modules():
    """'chapter.name' of each broken backend: tests/broken/<chapter>/<name>.py."""
    return sorted(f"{chapter.name}.{m.name}" for chapter in pkgutil.iter_modules(broken.__path__) if chapter.ispkg
                  for m in pkgutil.iter_modules([f"{broken.__path__[0]}/{chapter.name}"]) if not m.name.startswith("_"))


def _modules(breaks):
    """The spec modules that hold the tests of these spec ids: {chapter: {dotted module name}}."""
    tests = index.spec_tests()
    found = {}
    for spec_id in breaks:
        for address in tests.get(spec_id, ()):
            path = address.split("::")[0]
            found.setdefault(index.chapter(path), set()).add(path[: -len(".py")].replace("/", "."))
    return found


def _load(name):
    module = importlib.import_module(f"tests.broken.{name}")
    return module, sorted(module.BREAKS), tuple(getattr(module, "START_METHODS", START_METHODS))


def _outcomes(module, spec_id):
    """The verdicts each test of `spec_id` must give against a broken backend: fail, or those it declares in OUTCOMES."""
    return set(getattr(module, "OUTCOMES", {}).get(spec_id, ("fail",)))


def _required(module, record):
    """Whether `record` must show the breakage: every parameter does, unless PARAMS names the ones that do
    ('xmlrpclib' stands for the parameters 'xmlrpclib' and 'xmlrpclib-...')."""
    params = getattr(module, "PARAMS", {}).get(record["spec"])
    if params is None:
        return True
    rest = record["test"].rpartition("[")[2].rstrip("]")[len(record["variant"]) + 1:]
    return any(rest == p or rest.startswith(p + "-") for p in params)


def _may_break(name):
    """Spec ids a broken backend fails only by chance (a race it opens): allowed to fail, not required to. An entry
    ending in ".*" stands for every spec id it prefixes ("executor.*": the executor chapter)."""
    entries = set(getattr(importlib.import_module(f"tests.broken.{name}"), "MAY_BREAK", ()))
    prefixes = tuple(e[:-1] for e in entries if e.endswith(".*"))
    return {e for e in entries if not e.endswith(".*")} | {s for s in index.spec_tests() if prefixes and s.startswith(prefixes)}


def _groups(ledger):
    """{(chapter, start methods): {broken backend: what it runs}}: one suite run per group. A broken backend runs
    every test of the spec modules holding what it breaks on its first start method, which shows that it fails
    nothing else there; on its other start methods, only the tests of what it breaks (broken_selection)."""
    groups = {}
    for name in _broken_modules():
        _, breaks, methods = _load(name)
        todo = ledger.to_verify(name, breaks)
        for chapter, modules in _modules(todo).items():
            groups.setdefault((chapter, methods), {})[f"tests.broken.{name}"] = {
                "modules": sorted(modules), "whole_modules_on": methods[0], "breaks": todo}
    return groups


def _run_group(chapter, methods, selection, tmp_dir):
    """Run `chapter` against the broken backends of `selection`, each on its own spec modules."""
    # A broken behaviour often means waiting for something that never comes: bound those waits tighter
    # than in a real run (support.WAIT), still far above what a working backend needs. Those waits leave
    # the CPUs idle, hence four workers on two cores (six or eight were no faster on spawn and forkserver, and took
    # more CPU time).
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
def broken_records(request, tmp_path_factory, ledger):
    """broken_records(name) -> the records of every run against tests.broken.<name>. The groups of the selected
    broken backends all start at once, CONCURRENT at a time: their runs mostly wait, each on its own workers."""
    wanted = {f"tests.broken.{item.callspec.params['name']}" for item in request.session.items
              if item.originalname == "test_broken_backend_fails_exactly_what_it_breaks"}
    groups = {key: {n: m for n, m in selection.items() if n in wanted} for key, selection in _groups(ledger).items()}
    groups = {key: selection for key, selection in groups.items() if selection}
    pool = concurrent.futures.ThreadPoolExecutor(CONCURRENT)
    runs = {key: pool.submit(_run_group, *key, selection, tmp_path_factory.mktemp("broken"))
            for key, selection in sorted(groups.items())}

    def records(name):
        return [r for key, selection in sorted(groups.items()) if f"tests.broken.{name}" in selection
                for r in runs[key].result() if r["backend"] == f"tests.broken.{name}"]

    yield records
    for run in runs.values():
        run.cancel()
    pool.shutdown()


@pytest.mark.parametrize("name", _broken_modules())
def test_broken_backend_fails_exactly_what_it_breaks(name, broken_records, ledger):
    module, breaks, _ = _load(name)
    todo = ledger.to_verify(name, breaks)
    if not todo:
        pytest.skip(f"tests.broken.{name}: verified on {', '.join(sorted({ledger.before[name, b] for b in breaks}))}")
    records = broken_records(name)
    assert records, f"tests.broken.{name}: no spec test ran against it"
    applicable = [r for r in records if r["verdict"] != "not-applicable"]
    unverifiable = sorted(set(todo) - {r["spec"] for r in applicable})  # e.g. documented only for a later Python
    wrong = [r for r in applicable
             if r["spec"] in todo and _required(module, r) and r["verdict"] not in _outcomes(module, r["spec"])]
    missed = sorted({r["spec"] for r in wrong})
    # blocked: the test failed with a prerequisite that the backend breaks, which is that prerequisite's deviation
    extra = sorted({r["spec"] for r in applicable if r["verdict"] not in ("pass", "blocked")} - set(breaks) - _may_break(name))
    ledger.record(name, set(todo) - set(missed) - set(unverifiable),
                  {r["spec"]: r["message"] for r in records if r["spec"] in unverifiable})
    assert not missed, (f"tests.broken.{name} breaks {missed}, but these tests of them did not give `fail` (or what"
                        f" its OUTCOMES declares) against it:\n{_detail(wrong)}")
    assert not extra, (f"tests.broken.{name} should fail only {breaks}, yet these failed too:\n"
                       f"{_detail(r for r in applicable if r['spec'] in extra)}")
    if unverifiable == todo:
        pytest.skip(f"tests.broken.{name}: what it breaks is not applicable on {ledger.python}: {unverifiable}")


def _detail(records):
    return "\n".join(f"  {r['nodeid']}: {r['verdict']}: {r['message'][:300]}" for r in records)


def test_outcomes_and_params_are_declared_only_for_what_a_broken_backend_breaks():
    odd = {f"{name}.{table}": sorted(set(getattr(_load(name)[0], table, {})) - set(_load(name)[1]))
           for name in _broken_modules() for table in ("OUTCOMES", "PARAMS")}
    odd = {where: ids for where, ids in odd.items() if ids}
    assert not odd, f"these name spec ids outside BREAKS: {odd}"


def test_every_spec_test_fails_against_some_broken_backend():
    covered = set()
    for name in _broken_modules():
        covered.update(_load(name)[1])
    uncovered = sorted(set(index.spec_tests()) - covered)
    assert not uncovered, f"no broken backend in tests/broken breaks these spec ids: {uncovered}"


def test_every_pairing_is_verified_on_some_python(ledger, request):
    """Runs last: a pairing that no Python of the run could verify fails the final run (--broken-final)."""
    pairs = [(name, spec_id) for name in _broken_modules() for spec_id in _load(name)[1] if spec_id not in ELSEWHERE]
    left = ledger.unverified(pairs)
    if not left:
        return
    listing = "\n".join(f"  tests.broken.{name}: {spec_id}: {ledger.not_applicable.get((name, spec_id), 'not run')}"
                        for name, spec_id in left)
    if request.config.getoption("--broken-final"):
        pytest.fail(f"{len(left)} pairings of a broken backend and a spec id it breaks were verified on no Python of"
                    f" this run (nor listed in ELSEWHERE):\n{listing}", pytrace=False)
    pytest.skip(f"{len(left)} pairings not verified on {ledger.python}, left for a run on another Python"
                f" (--broken-ledgers DIR there, --broken-final on the last):\n{listing}")


def test_elsewhere_lists_only_spec_ids_some_broken_backend_breaks():
    broken = {spec_id for name in _broken_modules() for spec_id in _load(name)[1]}
    assert not set(ELSEWHERE) - broken, f"ELSEWHERE lists spec ids no broken backend breaks: {sorted(set(ELSEWHERE) - broken)}"

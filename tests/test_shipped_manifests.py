"""Each shipped manifest matches a real run of its backend, where that backend is installed: no stale entries."""

import importlib.util
import json
import subprocess
import sys

import pytest

from conformance import index, manifest
from conformance.backends import MANIFESTS
from tests.conftest import suite_env

# the short test summary's lines: what did not go as the manifest says
_SUMMARY = ("FAILED", "ERROR", "UNEXPECTED PASS", "TIMEOUT", "CRASH", "LEAK", "NOT IMPLEMENTED")

# manifest file -> (the module that must be importable, the --backend name)
SHIPPED = {
    "multiprocess.toml": ("multiprocess", "multiprocess"),
    "billiard.toml": ("billiard", "billiard"),
    "loky.toml": ("loky", "loky"),
    "torch.toml": ("torch", "torch"),
    "ray.toml": ("ray", "ray"),
    "gevent.toml": ("gevent", "gevent"),
    "threads.toml": ("concurrent.futures", "threads"),
}


def test_every_shipped_manifest_is_checked_here():
    shipped = {p.name for p in MANIFESTS.glob("*.toml")} - {"stdlib.toml", "stdlib-pypy.toml", "dummy.toml"}
    assert shipped == set(SHIPPED), "add new manifests to SHIPPED (stdlib's and dummy's are run whole by the tox py*, pypy3 and dummy envs)"


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_listed_deviations_still_happen(name, tmp_path):
    """Run the spec tests a manifest lists against its backend: each must deviate as listed (an unexpected pass fails)."""
    module, backend = SHIPPED[name]
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed here; tox -e {backend} runs the whole suite against it")
    entries = manifest.load(MANIFESTS / name, index.spec_tests()).entries
    if not entries:
        pytest.skip(f"{name} lists no deviations")
    listed = {(spec_id, a) for spec_id, addrs in index.spec_tests().items() for a in addrs
              if any(e.covers(spec_id, a) for e in entries)}
    addresses = sorted(a for _, a in listed)
    modules = sorted({a.split("::")[0][: -len(".py")].replace("/", ".") for a in addresses})
    names = " or ".join(sorted({a.split("::")[1] for a in addresses}))
    # Deviations are often waits for what never comes: bounded tighter than in a real run, and the idle
    # CPUs taken by more workers (as for the broken backends).
    report = tmp_path / "report.json"
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-n", "4", "--mp-backend", backend,
           "--mp-report", str(report), "--pyargs", *modules, "-k", names]
    env = dict(suite_env(), MP_CONFORMANCE_WAIT="10")
    proc = subprocess.run(cmd, cwd=str(tmp_path), capture_output=True, text=True, timeout=1800, env=env)
    summary = [line for line in proc.stdout.splitlines() if line.startswith(_SUMMARY)]
    assert proc.returncode == 0, f"{name} no longer matches {backend}:\n" + ("\n".join(summary) or proc.stdout[-4000:])
    verdicts = {}
    for r in json.loads(report.read_text())["results"]:
        verdicts.setdefault(r["spec"], set()).add(r["verdict"])
    collateral = sorted(spec_id for spec_id, seen in verdicts.items()
                        if seen == {"blocked"} and spec_id in {listed_id for listed_id, _ in listed})
    assert not collateral, (f"{name} lists spec ids whose tests are all blocked by a prerequisite that fails (the"
                            f" prerequisite's entry explains them): remove {collateral}")

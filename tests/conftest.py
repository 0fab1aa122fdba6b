"""Fixtures for the harness tests: run the suite in a subprocess and read its JSON report."""

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conformance import index

ROOT = Path(__file__).resolve().parent.parent
# The spec test the harness tests drive: put_nowait() on a full queue raises queue.Full.
SPEC = "queues.queue.put_nowait.full_raises"


class Run:
    def __init__(self, proc, report):
        self.returncode = proc.returncode
        self.output = proc.stdout + proc.stderr
        self.report = report
        self.records = report["results"] if report else []

    def verdicts(self):
        return {r["variant"]: r["verdict"] for r in self.records}


def spec_target(spec_id=SPEC):
    """pytest arguments selecting the spec tests of `spec_id`: (--pyargs module, -k name)."""
    address = index.spec_tests()[spec_id][0]
    path, name = address.split("::")
    return ["--pyargs", path[: -len(".py")].replace("/", "."), "-k", name]


def suite_env():
    """The environment of a suite run started by a harness test: tests/ importable, no MP_CONFORMANCE_* settings."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MP_CONFORMANCE_")}
    environ["PYTHONPATH"] = str(ROOT)
    return environ


def run_suite_in(directory, *args, target=None, env=None):
    """Run the suite with `args` in `directory`, in a fresh interpreter with tests/ importable -> Run."""
    report = directory / "report.json"
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--mp-report", str(report)]
    cmd += spec_target() if target is None else target
    cmd += list(args)
    environ = dict(suite_env(), **(env or {}))
    proc = subprocess.run(cmd, cwd=str(directory), env=environ, capture_output=True, text=True, timeout=600)
    data = json.loads(report.read_text()) if report.exists() else None
    return Run(proc, data)


@pytest.fixture
def run_suite(tmp_path):
    """run_suite(*pytest_args, target=spec_target(), env=None) -> Run: run_suite_in() in the test's tmp_path."""
    return functools.partial(run_suite_in, tmp_path)


def pytest_addoption(parser):
    group = parser.getgroup("broken backends", "the broken-backend check across Pythons (tests/test_broken_backends.py)")
    group.addoption("--broken-ledgers", metavar="DIR",
                    help="read the pairings runs on other Pythons verified from DIR/broken-*.json, and write this run's there")
    group.addoption("--broken-final", action="store_true",
                    help="fail on any pairing no Python of the run verified (the last run of the check)")

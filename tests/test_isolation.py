"""A backend with a prelude: each spec test in a fresh process that ran the prelude first, and nothing else patched."""

import os

import psutil
import pytest

from tests.conftest import ROOT, spec_target

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the fake backends use the fork start method")


@pytest.fixture
def with_preludes(tmp_path):
    """The environment that registers tests.fakes.preludes' backends through the mp_conformance.backends entry point."""
    dist = tmp_path / "site" / "fake_preludes-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-preludes\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[mp_conformance.backends]\nprelude-broken = tests.fakes.preludes:broken\n"
                                           "prelude-hangs = tests.fakes.preludes:hanging\n"
                                           "prelude-crashes = tests.fakes.preludes:crashing\n")
    return {"PYTHONPATH": f"{ROOT}{os.pathsep}{dist.parent}", "TMPDIR": str(tmp_path)}


@pytest.mark.parametrize("backend, verdict, says", [
    ("prelude-broken", "fail", "Full"),  # put_nowait, broken by the prelude: it ran in the test's process
    ("prelude-crashes", "crash", "ended with status 3 before it reported an outcome"),
])
def test_the_prelude_runs_in_the_test_process_and_nowhere_else(run_suite, with_preludes, backend, verdict, says):
    """What the prelude does shows in its backend's test; stdlib beside it in the same run is untouched."""
    run = run_suite("--mp-backend", backend, "--mp-backend", "stdlib", "--mp-start-method", "fork", env=with_preludes)
    assert run.returncode == 1, run.output
    assert run.verdicts() == {f"{backend}-fork": verdict, "stdlib-fork": "pass"}, run.output
    message = next(r["message"] for r in run.records if r["verdict"] == verdict)
    assert says in message, message


def test_spawned_children_run_the_prelude_too(run_suite, with_preludes):
    """A child started by spawn re-imports the main module, as it would re-run a patching application's script."""
    run = run_suite("--mp-backend", "prelude-broken", "--mp-backend", "stdlib", "--mp-start-method", "spawn",
                    target=spec_target("process.exitcode.zero_on_return"), env=with_preludes)
    assert run.returncode == 1, run.output
    assert run.verdicts() == {"prelude-broken-spawn": "fail", "stdlib-spawn": "pass"}, run.output
    message = next(r["message"] for r in run.records if r["verdict"] == "fail")
    assert "7" in message, message


def test_a_hang_is_a_timeout_and_the_process_is_ended(run_suite, with_preludes, tmp_path):
    run = run_suite("--mp-backend", "prelude-hangs", "--mp-backend", "stdlib", "--mp-start-method", "fork",
                    "--mp-timeout", "3", env=with_preludes)
    assert run.returncode == 1, run.output
    assert run.verdicts() == {"prelude-hangs-fork": "timeout", "stdlib-fork": "pass"}, run.output
    left = [p.pid for p in psutil.process_iter(["cmdline"]) if any(str(tmp_path) in a for a in p.info["cmdline"] or ())]
    assert not left, f"the isolated processes {left} outlived the run"


def test_a_backend_with_a_prelude_registered_through_the_hook_is_refused(run_suite):
    """Its isolated processes could not find it: they resolve backends without pytest."""
    run = run_suite("-p", "tests.fakes.preludes", "--mp-backend", "hook-prelude")
    assert run.returncode == 4, run.output
    assert "register it through the mp_conformance.backends entry point" in run.output, run.output
    assert "Traceback" not in run.output, run.output

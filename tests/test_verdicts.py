"""Each verdict, produced by a backend that behaves that way, and the exit status that follows."""

import json
import os
import sys
from pathlib import Path

import pytest

from conformance import results, verdicts
from tests.conftest import spec_target


def test_fail(run_suite):
    run = run_suite("--mp-backend", "tests.broken.queues.queue_put_nowait_never_full", "--mp-start-method", "fork")
    assert run.returncode == 1
    [rec] = run.records
    assert rec["verdict"] == "fail"
    assert "expected queue.Full" in rec["message"] or "Full" in rec["message"]


def test_not_implemented_names_what_the_backend_lacks(run_suite):
    run = run_suite("--mp-backend", "tests.fakes.lacks_queue")
    assert run.returncode == 1, run.output
    [rec] = run.records
    assert rec["verdict"] == "not-implemented"
    assert "lacks Queue" in rec["message"]
    assert "NOT IMPLEMENTED" in run.output or "not-implemented" in run.output
    assert "plugin.py" not in run.output and "api.py" not in run.output, f"the harness's frames are shown:\n{run.output}"


def test_not_applicable_says_why_and_keeps_exit_status_zero(run_suite):
    run = run_suite("--mp-backend", "dummy", target=_needs_processes())
    assert run.returncode == 0, run.output
    [rec] = run.records
    assert rec["verdict"] == "not-applicable"
    assert "needs processes" in rec["message"] and "dummy lacks" in rec["message"]


def _needs_processes():
    """A spec test that needs OS processes, which the threads-backed dummy backend lacks."""
    from conformance import index

    for spec_id in sorted(index.spec_tests()):
        if spec_id.startswith("process.exitcode.sys_exit"):
            return spec_target(spec_id)
    pytest.skip("the process chapter has no process.exitcode.sys_exit* spec test")


def test_timeout_ends_the_test_and_the_run_goes_on(run_suite):
    run = run_suite("--mp-backend", "tests.fakes.hangs", "--mp-backend", "stdlib", "--mp-start-method", "fork",
                    "--mp-timeout", "2")
    assert run.returncode == 1, run.output
    assert run.verdicts() == {"tests.fakes.hangs-fork": "timeout", "stdlib-fork": "pass"}


def test_a_hang_pytest_timeout_cannot_interrupt_is_ended_by_the_watchdog(run_suite):
    run = run_suite("--mp-backend", "tests.fakes.hangs_uninterruptibly", "--mp-backend", "stdlib", "--mp-start-method", "fork",
                    "--mp-timeout", "1", "-n", "1", env={"MP_CONFORMANCE_WATCHDOG_GRACE": "2"})
    assert run.returncode == 1, run.output
    assert run.verdicts() == {"tests.fakes.hangs_uninterruptibly-fork": "timeout", "stdlib-fork": "pass"}
    message = next(r["message"] for r in run.records if r["verdict"] == "timeout")
    assert "the watchdog ended its worker" in message and " in put\n" in message, message


def test_timeout_multiplier_scales_the_deadline(run_suite):
    run = run_suite("--mp-backend", "tests.fakes.hangs", "--mp-start-method", "fork",
                    "--mp-timeout", "1", "--mp-timeout-multiplier", "2.5")
    assert "Timeout (>2.5s)" in run.output, run.output


def test_crash_under_xdist_and_the_run_goes_on(run_suite):
    run = run_suite("--mp-backend", "tests.fakes.crashes", "--mp-backend", "stdlib", "--mp-start-method", "fork",
                    "-n", "1")
    assert run.returncode == 1, run.output
    assert run.verdicts() == {"tests.fakes.crashes-fork": "crash", "stdlib-fork": "pass"}
    [crash] = [r for r in run.records if r["verdict"] == "crash"]
    assert "crashed while running" in crash["message"] and "exited with status 3" in crash["message"], crash["message"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the fake forks")
def test_a_child_of_a_crashed_worker_is_ended_and_the_run_goes_on(run_suite, tmp_path):
    """The child holds the dead worker's channel to the controller: left running, it would hang the run."""
    import psutil

    run = run_suite("--mp-backend", "tests.fakes.crashes_leaving_child", "--mp-backend", "stdlib",
                    "--mp-start-method", "fork", "-n", "1")
    assert run.returncode == 1, run.output
    assert run.verdicts() == {"tests.fakes.crashes_leaving_child-fork": "crash", "stdlib-fork": "pass"}
    pid = int((tmp_path / "orphan.pid").read_text())
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the fake forks")
@pytest.mark.parametrize("workers", ["0", "1"])
def test_a_forked_child_that_returns_into_the_test_does_not_run_the_suite(run_suite, tmp_path, workers):
    """A child that comes back into pytest (with gevent, fork copies the test's greenlet) ends there."""
    run = run_suite("--mp-backend", "tests.fakes.fork_returns", "--mp-backend", "stdlib", "--mp-start-method", "fork",
                    "-n", workers)
    assert run.returncode == 0, run.output
    assert [r["variant"] for r in run.records] == ["tests.fakes.fork_returns-fork", "stdlib-fork"], run.output
    assert run.output.count("passed") == 1, run.output
    assert (tmp_path / "forked.pid").exists()


def test_cpythons_warning_at_each_fork_of_a_process_with_threads_is_not_shown(run_suite):
    """Spec tests fork beside their own threads by design: CPython 3.12+'s warning about it is filtered, others are not."""
    run = run_suite("--mp-backend", "tests.fakes.warns_at_fork", "--mp-start-method", "fork", "-n", "0")
    assert run.returncode == 0, run.output
    assert "multi-threaded" not in run.output and "a warning of the backend's own" in run.output, run.output


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fake leaks with the fork start method")
def test_leaked_child_is_reported_against_the_test_and_killed(run_suite):
    import psutil

    run = run_suite("--mp-backend", "tests.fakes.leaks_child", "--mp-start-method", "fork")
    assert run.returncode == 1, run.output
    [rec] = run.records
    assert rec["verdict"] == "leak"
    assert "child process pid" in rec["message"]
    pid = int(rec["message"].split("child process pid ")[1].split()[0])
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_blocked_names_the_prerequisite_that_does_not_hold_and_keeps_exit_status_zero(run_suite):
    run = run_suite("--mp-backend", "tests.fakes.runs_no_target", "--mp-start-method", "fork",
                    target=spec_target("process.start.runs_in_child"), env={"MP_CONFORMANCE_WAIT": "2"})
    assert run.returncode == 0, run.output
    [rec] = run.records
    assert rec["verdict"] == "blocked", rec
    assert rec["message"].startswith("blocked by process.run.invokes_target, which does not hold here ("), rec["message"]
    assert "this test's own failure: AssertionError" in rec["message"], rec["message"]
    assert "1 blocked" in run.output, run.output


def test_the_report_schema_and_the_readme_list_the_verdicts_of_the_table():
    """A verdict is defined once, in conformance.verdicts.TABLE: the schema's enums and the README's table follow it."""
    root = Path(__file__).resolve().parent.parent
    fields = results.schema()["properties"]["results"]["items"]["properties"]
    assert fields["verdict"]["enum"] == list(verdicts.ALL)
    assert fields["raw_verdict"]["enum"] == [v for v in verdicts.ALL
                                             if v not in (verdicts.EXPECTED, verdicts.UNEXPECTED_PASS)]
    shipped = json.loads((root / "conformance" / "report-schema.json").read_text())["properties"]["results"]["items"]
    assert not [f for f in ("verdict", "raw_verdict") if "enum" in shipped["properties"][f]], (
        "the shipped schema file names no verdict: results.schema() adds them from the table")
    readme = (root / "README.md").read_text()
    table = readme[readme.index("### Verdicts"):].split("\n\n")[1]
    rows = [line.split(" | ") for line in table.splitlines()[2:]]
    assert [row[0].lstrip("| ") for row in rows] == list(verdicts.ALL)
    assert [row[-1].rstrip(" |") == "0" for row in rows] == [v.exit_ok for v in verdicts.TABLE]


def test_the_summary_says_nothing_applicable_where_nothing_is():
    assert verdicts.percent(*verdicts.conformance(verdicts.tally(["not-applicable", "blocked"]))) == "n/a"
    assert results.summary_lines([{"chapter": "queues", "variant": "v", "verdict": "not-applicable"}]) == [
        "chapter         v", "queues          n/a", "v: nothing applicable (1 not-applicable)"]


def test_a_prerequisite_of_a_chapter_the_backend_takes_no_part_in_does_not_block():
    """Ray's adapter runs the pool chapter only, and its Pool is not built on a Process: a failed pool test is its own
    deviation, not blocked by process.run.invokes_target (which it cannot even be asked)."""
    from types import SimpleNamespace

    from conformance import marks, prerequisites

    backend = SimpleNamespace(prelude=None, covers=lambda chapter: chapter == "pool")
    variant = SimpleNamespace(id="pool-only", backend=backend, api=lambda: pytest.fail("the prerequisite was run"))
    spec = marks.Spec("pool.x.y", "multiprocessing.html#x", needs=("process.run.invokes_target",))
    assert prerequisites.failing(spec, variant) is None

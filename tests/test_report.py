"""The JSON report: its schema, its atomic write, the terminal summary, and the report of an interrupted run."""

import json
import os
import signal
import subprocess
import sys
import time

import jsonschema
import pytest

from conformance import cli, results
from tests.conftest import spec_target, suite_env


def test_report_follows_the_schema(run_suite):
    run = run_suite("--mp-backend", "stdlib", "--mp-backend", "tests.broken.queues.queue_put_nowait_never_full")
    jsonschema.validate(run.report, results.schema())
    assert {r["verdict"] for r in run.records} == {"pass", "fail"}
    assert all(r["test"].startswith("conformance/spec/") for r in run.records)


def test_terminal_summary_gives_conformance_per_variant_and_chapter(run_suite):
    run = run_suite("--mp-backend", "tests.broken.queues.queue_put_nowait_never_full", "--mp-start-method", "fork")
    assert "mp-conformance: conformance by variant and chapter" in run.output
    assert "0/1" in run.output and "0.0% conformant (1 fail)" in run.output


def _importable(directory):
    """The environment of a suite run that can load plugins (-p NAME) from `directory`."""
    return {"PYTHONPATH": os.pathsep.join([suite_env()["PYTHONPATH"], str(directory)])}


def test_a_failed_write_leaves_the_previous_report_whole(tmp_path):
    path = tmp_path / "report.json"
    results.write_text(path, "the previous report\n")
    with pytest.raises(UnicodeEncodeError):
        results.write_text(path, "half a report, then a character UTF-8 cannot encode: \udc80")
    assert path.read_text() == "the previous report\n"
    assert os.listdir(tmp_path) == ["report.json"], "expected no temporary file left beside the report"


IN_PROCESS, XDIST = ["-p", "no:xdist"], ["-n", "2", "--dist", "loadscope"]


@pytest.mark.parametrize("signum, xdist", [(signal.SIGINT, IN_PROCESS), (signal.SIGINT, XDIST), (signal.SIGTERM, XDIST)],
                         ids=["SIGINT-in-process", "SIGINT-xdist", "SIGTERM-xdist"])
def test_an_interrupted_run_writes_what_finished_marked_incomplete(signum, xdist, tmp_path, capsys):
    """The run's first test passes on stdlib; its second hangs until the run is interrupted, once the first is recorded
    (loadscope: one worker runs both, in order, so the second has started only after the first finished). SIGTERM
    is taken by pytest-xdist's controller only: see the next test."""
    path, output = tmp_path / "report.json", tmp_path / "output.txt"
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-v", "--mp-report", str(path), *spec_target(),
           "--mp-backend", "stdlib", "--mp-backend", "tests.fakes.hangs", "--mp-start-method", "fork", *xdist]
    with open(output, "w") as out:
        proc = subprocess.Popen(cmd, cwd=str(tmp_path), env=suite_env(), stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not any("::" in line and "[tests.fakes.hangs-fork]" in line for line in output.read_text().splitlines()):
            assert proc.poll() is None and time.monotonic() < deadline, f"the hanging test never started:\n{output.read_text()}"
            time.sleep(0.05)
        proc.send_signal(signum)
        status = proc.wait(timeout=60)
    finally:
        proc.kill()
        proc.wait()
    assert status == 2, output.read_text()
    data = json.loads(path.read_text())
    jsonschema.validate(data, results.schema())
    assert data["run"]["incomplete"] == ("KeyboardInterrupt" if signum == signal.SIGINT else "interrupted by SIGTERM")
    assert [(r["variant"], r["verdict"]) for r in data["results"]] == [("stdlib-fork", "pass")]
    assert cli.main(["diff", str(path), str(path)]) == 1
    assert "incomplete run" in capsys.readouterr().err
    assert cli.main(["report", str(path)]) == 0
    assert f"incomplete run: {data['run']['incomplete']}" in capsys.readouterr().out


@pytest.mark.parametrize("how, why", [(["-x"], "stopping after 1 failures"),
                                      (["-p", "internal_error"], "an internal error (INTERNALERROR in the run's output)")])
def test_a_run_that_stops_early_is_marked_incomplete(run_suite, tmp_path, how, why):
    (tmp_path / "internal_error.py").write_text("def pytest_runtest_logfinish():\n    raise RuntimeError('a bug')\n")
    run = run_suite("--mp-backend", "tests.broken.queues.queue_put_nowait_never_full", "--mp-backend", "stdlib",
                    "--mp-start-method", "fork", "-p", "no:xdist", *how,
                    env=_importable(tmp_path))
    assert run.report["run"]["incomplete"] == why, run.output
    assert [(r["variant"], r["verdict"]) for r in run.records] == [("tests.broken.queues.queue_put_nowait_never_full-fork", "fail")]


@pytest.mark.parametrize("xdist", [IN_PROCESS, XDIST], ids=["in-process", "xdist"])
def test_the_processes_that_run_tests_leave_sigterm_to_its_default_action(run_suite, tmp_path, xdist):
    """A handler for SIGTERM in the process that runs a test would take the SIGTERM that terminate() sends to a child
    between its fork and its exec (spawn, forkserver), and where the child does not reset it (CPython < 3.10, PyPy)
    the signal is lost: process.terminate.exitcode failed on CPython 3.8 with spawn."""
    (tmp_path / "sigterm_seen.py").write_text(
        "import signal\n\n\ndef pytest_runtest_call(item):\n"
        "    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.getsignal(signal.SIGTERM)\n")
    run = run_suite("--mp-start-method", "fork", "-p", "sigterm_seen", *xdist, env=_importable(tmp_path),
                    target=spec_target("process.terminate.exitcode"))
    assert run.verdicts() == {"stdlib-fork": "pass"}, run.output


def test_a_report_that_cannot_be_written_after_the_run_fails_it_keeping_the_summary(run_suite, tmp_path):
    """The report's directory is removed just before the report is written: one line says so, the summary stays."""
    reports = tmp_path / "reports"
    (tmp_path / "remove_reports.py").write_text(
        "import shutil\nimport pytest\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_sessionfinish():\n"
        f"    shutil.rmtree({str(reports)!r})\n    yield\n")
    run = run_suite("--mp-start-method", "fork", "-p", "remove_reports", "--mp-report", str(reports / "report.json"),
                    env=_importable(tmp_path))
    assert run.returncode == 3, run.output
    assert f"mp-conformance: --mp-report {reports / 'report.json'}: cannot write it: No such file or directory" in run.output
    assert "stdlib-fork: 100.0% conformant (1 pass)" in run.output and "Traceback" not in run.output

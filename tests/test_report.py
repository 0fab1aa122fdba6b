"""The JSON report: its schema, its atomic write, the terminal summary; `mp-conformance diff` gates on regressions."""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conformance import report
from tests.conftest import suite_env

SCHEMA = Path(__file__).resolve().parent.parent / "conformance" / "report-schema.json"


def test_report_follows_the_schema(run_suite):
    run = run_suite("--mp-backend", "stdlib", "--mp-backend", "tests.broken.queue_put_nowait_never_full")
    jsonschema.validate(run.report, json.loads(SCHEMA.read_text()))
    assert {r["verdict"] for r in run.records} == {"pass", "fail"}
    assert all(r["test"].startswith("conformance/spec/") for r in run.records)


def test_terminal_summary_gives_conformance_per_variant_and_area(run_suite):
    run = run_suite("--mp-backend", "tests.broken.queue_put_nowait_never_full", "--mp-start-method", "fork")
    assert "mp-conformance: conformance by variant and area" in run.output
    assert "0/1" in run.output and "0.0% conformant (1 fail)" in run.output


def _diff(base, new, tmp_path):
    paths = []
    for name, data in (("base.json", base), ("new.json", new)):
        path = tmp_path / name
        path.write_text(json.dumps(data))
        paths.append(str(path))
    cmd = [sys.executable, "-m", "conformance.cli", "diff"] + paths
    return subprocess.run(cmd, capture_output=True, text=True)


def _with_verdict(report, verdict):
    data = json.loads(json.dumps(report))
    for rec in data["results"]:
        rec["verdict"] = verdict
    return data


def test_diff_exits_nonzero_on_a_regression_and_zero_on_a_fix(run_suite, tmp_path):
    passing = run_suite("--mp-start-method", "fork").report
    failing = _with_verdict(passing, "fail")
    regressed = _diff(passing, failing, tmp_path)
    assert regressed.returncode == 1
    assert "1 regressions" in regressed.stdout and "pass -> fail" in regressed.stdout
    fixed = _diff(failing, passing, tmp_path)
    assert fixed.returncode == 0
    assert "1 fixes" in fixed.stdout


def test_diff_of_something_that_is_not_a_report_says_so(tmp_path):
    result = _diff({"hello": 1}, {"hello": 1}, tmp_path)
    assert result.returncode == 2
    assert "not an mp-conformance report" in result.stderr


def test_a_failed_write_leaves_the_previous_report_whole(tmp_path):
    path = tmp_path / "report.json"
    report.write_text(path, "the previous report\n")
    with pytest.raises(UnicodeEncodeError):
        report.write_text(path, "half a report, then a character UTF-8 cannot encode: \udc80")
    assert path.read_text() == "the previous report\n"
    assert os.listdir(tmp_path) == ["report.json"], "expected no temporary file left beside the report"


def test_a_report_that_cannot_be_written_after_the_run_fails_it_keeping_the_summary(run_suite, tmp_path):
    """The report's directory is removed just before the report is written: one line says so, the summary stays."""
    reports = tmp_path / "reports"
    (tmp_path / "remove_reports.py").write_text(
        "import shutil\nimport pytest\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_sessionfinish():\n"
        f"    shutil.rmtree({str(reports)!r})\n    yield\n")
    run = run_suite("--mp-start-method", "fork", "-p", "remove_reports", "--mp-report", str(reports / "report.json"),
                    env={"PYTHONPATH": os.pathsep.join([suite_env()["PYTHONPATH"], str(tmp_path)])})
    assert run.returncode == 3, run.output
    assert f"mp-conformance: --mp-report {reports / 'report.json'}: cannot write it: No such file or directory" in run.output
    assert "stdlib-fork: 100.0% conformant (1 pass)" in run.output and "Traceback" not in run.output

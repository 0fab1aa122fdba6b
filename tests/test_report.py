"""The JSON report follows its schema, and `mp-conformance diff` gates on regressions."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

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

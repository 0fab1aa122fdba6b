"""`mp-conformance diff`, the CI gate: regressions, tests NEW lacks, other selections, incomplete runs."""

import copy
import json

import pytest

from conformance import cli
from tests.conftest import run_suite_in

HOUSE = ("-p", "tests.fakes.registered", "--mp-backend", "house-mp")  # stdlib's spawn only, under a name of its own


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The report of a real run: the harness's spec test on a backend of one start method and on dummy, both passing."""
    run = run_suite_in(tmp_path_factory.mktemp("base"), *HOUSE, "--mp-backend", "dummy")
    assert run.verdicts() == {"house-mp-spawn": "pass", "dummy": "pass"}, run.output
    return run.report


def _diff(base, new, tmp_path, capsys, *options):
    """(exit status, stdout, stderr) of `mp-conformance diff [options] base new`."""
    paths = []
    for name, data in (("base.json", base), ("new.json", new)):
        path = tmp_path / name
        path.write_text(json.dumps(data))
        paths.append(str(path))
    status = cli.main(["diff", *options, *paths])
    out, err = capsys.readouterr()
    return status, out, err


def _changed(report, **run):
    """A copy of `report` with these run fields."""
    data = copy.deepcopy(report)
    data["run"].update(run)
    return data


def _with_verdict(report, verdict, message=""):
    data = copy.deepcopy(report)
    for rec in data["results"]:
        rec["verdict"], rec["message"] = verdict, message
    return data


def test_a_regression_names_spec_variant_verdict_and_message_and_a_fix_passes(base, tmp_path, capsys):
    failing = _with_verdict(base, "fail", "AssertionError: expected queue.Full, got None\nassert False")
    status, out, _ = _diff(base, failing, tmp_path, capsys)
    assert status == 1, out
    assert "2 regressions" in out
    assert "queues.queue.put_nowait.full_raises [house-mp-spawn]: pass -> fail: AssertionError: expected queue.Full, got None\n" in out
    assert "queues.queue.put_nowait.full_raises [dummy]: pass -> fail" in out
    status, out, _ = _diff(failing, base, tmp_path, capsys)
    assert status == 0, out
    assert "2 fixes" in out


def test_an_empty_new_report_fails_naming_every_test_it_lacks(base, tmp_path, capsys):
    empty = copy.deepcopy(base)
    empty["results"] = []
    status, out, _ = _diff(base, empty, tmp_path, capsys)
    assert status == 1, out
    assert "2 regressions" in out
    assert "queues.queue.put_nowait.full_raises [house-mp-spawn]: pass -> absent" in out
    assert "queues.queue.put_nowait.full_raises [dummy]: pass -> absent" in out


def test_a_new_report_missing_a_variant_fails_naming_its_tests(base, tmp_path, capsys):
    new = copy.deepcopy(base)
    new["results"] = [r for r in new["results"] if r["variant"] != "dummy"]
    new["run"]["backends"] = [b for b in new["run"]["backends"] if b["name"] != "dummy"]
    status, out, _ = _diff(base, new, tmp_path, capsys)
    assert status == 1, out
    assert "1 regressions\n  queues.queue.put_nowait.full_raises [dummy]: pass -> absent" in out
    assert "[house-mp-spawn]" not in out


def test_runs_of_different_selections_are_compared_only_when_told(base, tmp_path, capsys):
    other = run_suite_in(tmp_path, *HOUSE).report
    status, out, err = _diff(base, other, tmp_path, capsys)
    assert status == 2 and not out, out
    assert err.count("\n") == 1 and "the runs selected different tests (backends: ['house-mp', 'dummy'] in BASE, ['house-mp'] in NEW)" in err
    status, out, _ = _diff(base, other, tmp_path, capsys, "--selection-changed")
    assert status == 0, out
    assert "0 regressions" in out and "1 not selected in NEW\n  queues.queue.put_nowait.full_raises [dummy]: pass -> absent" in out


def test_runs_of_other_spec_ids_chapters_or_addresses_are_different_selections(base, tmp_path, capsys):
    for field, value in (("specs", ["queues.queue.*"]), ("chapters", ["queues"]), ("tests", ["conformance/spec/queues"])):
        status, _, err = _diff(base, _changed(base, selection=dict(base["run"]["selection"], **{field: value})), tmp_path, capsys)
        assert status == 2 and f"the runs selected different tests ({field}: [] in BASE, {value!r} in NEW)" in err, err
    older = _changed(base, selection={k: v for k, v in base["run"]["selection"].items() if k not in ("specs", "chapters", "tests")})
    status, out, _ = _diff(older, base, tmp_path, capsys)  # a report from before those options selected all, as empty ones
    assert status == 0 and "0 regressions" in out, out


def test_an_incomplete_new_report_fails_the_gate_in_one_line(base, tmp_path, capsys):
    status, out, err = _diff(base, _changed(base, incomplete="interrupted by SIGTERM"), tmp_path, capsys)
    assert status == 1 and not out, out
    assert err.count("\n") == 1 and "is the report of an incomplete run (interrupted by SIGTERM; 2 results)" in err


def test_a_schema_1_report_is_compared_without_a_selection(base, tmp_path, capsys):
    old = copy.deepcopy(base)
    old["schema_version"] = 1
    del old["run"]["selection"], old["run"]["incomplete"]
    status, out, _ = _diff(old, _changed(base, selection=dict(base["run"]["selection"], keyword="other")), tmp_path, capsys)
    assert status == 0, out
    assert "0 regressions" in out


def test_diff_of_something_that_is_not_a_report_says_so(tmp_path, capsys):
    status, _, err = _diff({"hello": 1}, {"hello": 1}, tmp_path, capsys)
    assert status == 2
    assert "not an mp-conformance report" in err


def test_a_test_blocked_by_a_failing_prerequisite_is_neither_a_regression_nor_a_new_failure(base, tmp_path, capsys):
    blocked = _with_verdict(base, "blocked", "blocked by process.run.invokes_target, which does not hold here (...)")
    status, out, _ = _diff(base, blocked, tmp_path, capsys)
    assert status == 0, out
    assert "0 regressions" in out and "0 new failures" in out

"""The mp-conformance command: run with backend aliases, choosing what to run, spec listing, usage."""

import json
import os
import shlex
import subprocess
import sys

import pytest

from conformance import index
from tests.conftest import ROOT, spec_target


def _cli(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "conformance.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=600)


def test_run_takes_backend_and_start_method_aliases_and_pytest_args(tmp_path):
    _, module, _, name = spec_target()
    proc = _cli("run", "--backend", "tests.broken.queues.queue_put_nowait_never_full", "--start-method=fork",
                "--report", str(tmp_path / "r.json"), "-k", name, cwd=str(tmp_path))
    assert proc.returncode == 1, proc.stdout
    assert "tests.broken.queues.queue_put_nowait_never_full-fork" in proc.stdout
    assert (tmp_path / "r.json").exists()


def test_run_with_an_unknown_backend_is_a_usage_error(tmp_path):
    proc = _cli("--backend", "no_such_backend", cwd=str(tmp_path))
    assert proc.returncode == 4
    assert "unknown backend 'no_such_backend'" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def _refused_before_the_run(run, message):
    """pytest's usage error, before the session starts: its one line, no traceback, no report."""
    assert run.returncode == 4, run.output
    assert any(message in line for line in run.output.splitlines()[:2]), run.output  # argparse's usage line first
    assert "Traceback" not in run.output and "test session starts" not in run.output, run.output
    assert run.report is None


@pytest.mark.parametrize("option, value", [("--mp-timeout", "-1"), ("--mp-timeout", "0"), ("--mp-timeout", "-100"),
                                           ("--mp-timeout", "nan"), ("--mp-timeout-multiplier", "-2")])
def test_a_deadline_that_is_not_a_positive_number_is_refused(run_suite, option, value):
    _refused_before_the_run(run_suite(option, value), f"error: argument {option}: expected a positive number, got '{value}'")


@pytest.mark.parametrize("name, value", [("MP_CONFORMANCE_WAIT", "abc"), ("MP_CONFORMANCE_WAIT", "0"),
                                         ("MP_CONFORMANCE_WATCHDOG_GRACE", "-1"), ("MP_CONFORMANCE_WATCHDOG_GRACE", "inf")])
def test_a_variable_that_is_not_a_positive_number_is_refused(run_suite, name, value):
    _refused_before_the_run(run_suite(env={name: value}), f"ERROR: ${name}: expected a positive number, got '{value}'")


def test_an_unknown_backend_in_the_environment_is_refused(run_suite):
    _refused_before_the_run(run_suite(env={"MP_CONFORMANCE_BACKEND": "no_such_backend"}), "unknown backend 'no_such_backend'")


def _a_directory(tmp_path):
    (tmp_path / "reports").mkdir()
    return tmp_path / "reports", "is a directory"


def _under_a_file(tmp_path):
    (tmp_path / "file").write_text("")
    return tmp_path / "file" / "report.json", "cannot write a file in"


def _where_nothing_can_be_written(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("/proc, where even root cannot create a file, is Linux's")
    return "/proc/report.json", "cannot write a file in /proc"


@pytest.mark.parametrize("option", ["--mp-report", "--mp-write-manifest"])
@pytest.mark.parametrize("where", [_a_directory, _under_a_file, _where_nothing_can_be_written])
def test_an_output_path_that_cannot_be_written_is_refused(run_suite, tmp_path, option, where):
    path, message = where(tmp_path)
    _refused_before_the_run(run_suite(option, str(path)), f"ERROR: {option} {path}: {message}")


def test_spec_lists_statements_with_their_status():
    proc = _cli("spec")
    assert proc.returncode == 0
    assert "tested (1)" in proc.stdout


def test_spec_with_an_unknown_chapter_names_the_chapters():
    proc = _cli("spec", "no_such_chapter")
    assert proc.returncode == 2
    assert "no chapter 'no_such_chapter'; chapters:" in proc.stderr


def test_report_schema_prints_the_schema_with_the_verdicts_and_report_alone_is_refused():
    import jsonschema

    from conformance import verdicts

    proc = _cli("report", "--schema")
    assert proc.returncode == 0, proc.stderr
    schema = json.loads(proc.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["results"]["items"]["properties"]["verdict"]["enum"] == list(verdicts.ALL)
    proc = _cli("report")
    assert proc.returncode == 2 and "give one or more REPORT.json (or --schema)" in proc.stderr, proc.stderr


def test_help_shows_usage():
    proc = _cli("--help")
    assert proc.returncode == 0 and "mp-conformance diff [--selection-changed] BASE.json NEW.json" in proc.stdout


# Choosing what to run (issue 16): each test below is one friction that is gone.

BROKEN = "tests.broken.queues.queue_put_nowait_never_full"  # fails queues.queue.put_nowait.full_raises, passes the rest


def _collected(*args, cwd):
    """The test ids `mp-conformance --co -q ARGS` collects in `cwd` (and the run's output, for messages)."""
    proc = _cli(*args, "-p", "no:xdist", "--co", "-q", cwd=str(cwd))
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return [line for line in proc.stdout.splitlines() if "::" in line], proc.stdout


def test_a_spec_id_and_a_glob_select_their_tests_and_the_report_records_them(tmp_path):
    proc = _cli("--spec", "connection.recv.eof", "--spec", "queues.queue.put_nowait.*", "-p", "no:xdist", "--start-method", "fork",
                "--report", str(tmp_path / "r.json"), cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stdout[-3000:]
    data = json.loads((tmp_path / "r.json").read_text())
    expected = {"connection.recv.eof"} | {s for s in index.spec_tests() if s.startswith("queues.queue.put_nowait.")}
    assert {r["spec"] for r in data["results"]} == expected and len(expected) > 2
    assert data["run"]["selection"]["specs"] == ["connection.recv.eof", "queues.queue.put_nowait.*"]


def test_a_spec_id_as_it_was_before_0_2_still_selects_with_a_warning(tmp_path):
    proc = _cli("--spec", "queue.put_nowait.*", "-p", "no:xdist", "--start-method", "fork", "--co", "-q", cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "test_queue_put.py::test_put_nowait" in proc.stdout
    assert "spec id 'queue.put_nowait.*' is 'queues.queue.put_nowait.*' since mp-conformance 0.2" in proc.stdout


def test_a_chapter_selects_its_own_tests_only(tmp_path):
    """`-k process` also picks tests of other chapters whose names hold "process"; --chapter does not."""
    ids, _ = _collected("--chapter", "process", cwd=tmp_path)
    expected = {a for found in index.spec_tests().values() for a in found if a.startswith("conformance/spec/process/")}
    assert {"conformance/" + i.split("[")[0] for i in ids} == expected


@pytest.mark.parametrize("args, says", [
    (["--spec", "conn.recv.eoff"], "ERROR: --mp-spec 'conn.recv.eoff' matches no spec id; did you mean connection.recv.eof"),
    (["--chapter", "proces"], "ERROR: --mp-chapter 'proces': no such chapter; chapters: connection, context,"),
    (["spec/queues/test_queue_put.py::test_no_such_test"], "ERROR: --mp-test 'conformance/spec/queues/test_queue_put.py::test_no_such_test': no spec test there"),
])
def test_a_selection_that_names_no_spec_test_is_refused_before_the_run(tmp_path, args, says):
    proc = _cli(*args, "-p", "no:xdist", cwd=str(tmp_path))
    assert proc.returncode == 4, proc.stdout + proc.stderr
    assert (proc.stdout + proc.stderr).strip().splitlines()[0].startswith(says), proc.stdout + proc.stderr
    assert "test session starts" not in proc.stdout and "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("where", ["elsewhere", "repository"])
def test_a_printed_failure_id_pasted_back_runs_exactly_that_test(tmp_path, where):
    cwd = tmp_path if where == "elsewhere" else ROOT
    select = ["--backend", BROKEN, "--start-method", "fork", "-p", "no:xdist", "-p", "no:cacheprovider"]
    first = _cli(*select, "--spec", "queues.queue.put_nowait.full_raises", cwd=str(cwd))
    failed = [line.split(" ", 1)[1] for line in first.stdout.splitlines() if line.startswith("FAILED ")]
    assert len(failed) == 1 and failed[0].startswith("spec/" if where == "elsewhere" else "conformance/spec/"), first.stdout
    again = _cli(*select, failed[0], "--report", str(tmp_path / "r.json"), cwd=str(cwd))
    assert again.returncode == 1 and f"FAILED {failed[0]}" in again.stdout, again.stdout[-3000:]
    records = json.loads((tmp_path / "r.json").read_text())["results"]
    assert [r["spec"] for r in records] == ["queues.queue.put_nowait.full_raises"], records
    assert records[0]["test"].endswith(failed[0]), records[0]["test"]


@pytest.mark.parametrize("where", ["elsewhere", "repository"])
def test_a_chapter_path_runs_that_chapter_from_anywhere(tmp_path, where):
    """`mp-conformance conformance/spec/queues` found nothing outside the repository and "import file mismatch" in it."""
    ids, output = _collected("conformance/spec/queues/", cwd=tmp_path if where == "elsewhere" else ROOT)
    assert ids and all("spec/queues/" in i for i in ids), output[-3000:]
    assert "mismatch" not in output


def test_keywords_match_test_names_not_the_timeout_mark(tmp_path):
    """Every spec test carries pytest-timeout's mark when it runs; `-k timeout` selected all of them."""
    ids, _ = _collected("--chapter", "queues", "-k", "timeout", cwd=tmp_path)
    everything, _ = _collected("--chapter", "queues", cwd=tmp_path)
    assert ids and len(ids) < len(everything)
    assert all("timeout" in i.split("::")[1].split("[")[0] for i in ids), ids


def test_run_help_leads_with_this_suites_options():
    proc = _cli("run", "--help")
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0 and lines[0].startswith("usage: mp-conformance [run] [--backend NAME]")
    assert "  --backend NAME, --mp-backend NAME" in lines and "  --report PATH, --mp-report PATH" in lines
    assert "  --spec PATTERN, --mp-spec PATTERN" in lines and "  --chapter NAME, --mp-chapter NAME" in lines
    assert "`python -m pytest --help` lists pytest's own options" in lines[-1] and len(lines) < 80, proc.stdout


def test_an_unknown_command_is_an_error_naming_the_commands(tmp_path):
    proc = _cli("repor", "a.json", cwd=str(tmp_path))
    assert proc.returncode == 2 and not proc.stdout, proc.stdout
    assert proc.stderr == "mp-conformance: unknown command 'repor'; the commands are run, diff, report, spec (run is the default: mp-conformance --help)\n"


@pytest.mark.parametrize("args, workers", [(["-p", "no:cacheprovider"], True), (["-p", "no:xdist"], False),
                                           (["-n", "0"], False)])
def test_only_n_or_no_xdist_change_the_default_workers(tmp_path, args, workers):
    proc = _cli(*args, "--spec", "connection.recv.eof", "--start-method", "fork", cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert ("created: " in proc.stdout) == workers, proc.stdout


def test_a_backend_named_like_a_folder_here_is_not_taken_for_a_path(tmp_path):
    """Given as two arguments, pytest took it for a test path: rootdir and configuration came from that folder."""
    (tmp_path / "dummy").mkdir()
    (tmp_path / "dummy" / "pytest.ini").write_text("[pytest]\n")
    proc = _cli("--backend", "dummy", "--spec", "connection.recv.eof", "-p", "no:xdist", cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert f"rootdir: {tmp_path}\n" in proc.stdout and "configfile" not in proc.stdout, proc.stdout


def test_the_readmes_ways_of_choosing_tests_work(tmp_path):
    """The commands README.md gives under "Choosing what to run", each collecting some spec tests."""
    text = (ROOT / "README.md").read_text(encoding="utf-8").split("### Choosing what to run", 1)[1].split("\n#", 1)[0]
    commands = [shlex.split(line) for line in text.splitlines() if line.startswith("    ")]
    assert len(commands) >= 5, text
    for command in commands:
        head = [sys.executable, "-m", "conformance.cli"] if command[0] == "mp-conformance" else [sys.executable]
        proc = subprocess.run(head + command[1:] + ["-p", "no:xdist", "--co", "-q"], capture_output=True, text=True,
                              cwd=str(tmp_path), env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=600)
        assert proc.returncode == 0 and " collected" in proc.stdout, (command, proc.stdout[-2000:], proc.stderr[-2000:])

"""The mp-conformance command: run with backend aliases, spec listing, usage."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT, spec_target


def _cli(*args, cwd=None):
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "conformance.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=600)


def test_run_takes_backend_and_start_method_aliases_and_pytest_args(tmp_path):
    _, module, _, name = spec_target()
    proc = _cli("run", "--backend", "tests.broken.queue_put_nowait_never_full", "--start-method=fork",
                "--report", str(tmp_path / "r.json"), "-k", name, cwd=str(tmp_path))
    assert proc.returncode == 1, proc.stdout
    assert "tests.broken.queue_put_nowait_never_full-fork" in proc.stdout
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


def test_help_shows_usage():
    proc = _cli("--help")
    assert proc.returncode == 0 and "mp-conformance diff [--selection-changed] BASE.json NEW.json" in proc.stdout

"""The mp-conformance command: run with backend aliases, spec listing, usage."""

import subprocess
import sys

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
    assert proc.returncode == 0 and "mp-conformance diff BASE.json NEW.json" in proc.stdout

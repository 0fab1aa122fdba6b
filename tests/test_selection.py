"""Backend selection: built-in, by import name, registered, narrowed by start method, and bad input."""

import multiprocessing
import os

import pytest

from conformance.backends import BackendError, narrow, resolve
from tests.conftest import ROOT, spec_target


def test_default_backend_is_stdlib_with_a_variant_per_start_method(run_suite):
    run = run_suite()
    assert run.returncode == 0, run.output
    assert sorted(run.verdicts()) == sorted(f"stdlib-{m}" for m in multiprocessing.get_all_start_methods())
    assert set(run.verdicts().values()) == {"pass"}
    assert run.report["run"]["backends"][0]["name"] == "stdlib"


def test_a_module_mirroring_multiprocessing_is_a_backend_by_its_import_name(run_suite):
    run = run_suite("--mp-backend", "tests.broken.queues.queue_put_nowait_never_full", "--mp-start-method", "spawn")
    assert run.returncode == 1, run.output
    assert run.verdicts() == {"tests.broken.queues.queue_put_nowait_never_full-spawn": "fail"}


def test_several_backends_in_one_run_give_one_report(run_suite):
    run = run_suite("-p", "tests.fakes.registered", "--mp-backend", "house-mp", "--mp-backend", "dummy")
    assert set(run.verdicts()) == {"house-mp-spawn", "dummy"}
    assert [b["name"] for b in run.report["run"]["backends"]] == ["house-mp", "dummy"]


def test_environment_variable_selects_the_backend(run_suite):
    run = run_suite(env={"MP_CONFORMANCE_BACKEND": "dummy"})
    assert set(run.verdicts()) == {"dummy"}


def test_a_backend_registered_through_the_hook_is_selectable_by_name(run_suite):
    run = run_suite("-p", "tests.fakes.registered", "--mp-backend", "house-mp")
    assert run.returncode == 0, run.output
    assert run.verdicts() == {"house-mp-spawn": "pass"}


def test_a_backend_registered_through_an_entry_point_is_selectable_by_name(run_suite, tmp_path):
    dist = tmp_path / "site" / "fake_backend-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-backend\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[mp_conformance.backends]\nep-mp = tests.fakes.registered:backend\n")
    run = run_suite("--mp-backend", "ep-mp", env={"PYTHONPATH": f"{ROOT}{os.pathsep}{dist.parent}"})
    assert run.returncode == 0, run.output
    assert run.verdicts() == {"ep-mp-fork": "pass"}


@pytest.mark.parametrize("args, says", [
    (["--mp-backend", "no_such_backend"], "unknown backend 'no_such_backend'"),
    (["--mp-backend", "tests.fakes.import_error"], "importing it failed: this backend needs a library"),
    (["--mp-start-method", "nonesuch"], "backend 'stdlib' has no start method 'nonesuch'"),
])
def test_bad_selection_is_a_usage_error_without_traceback(run_suite, args, says):
    run = run_suite(*args)
    assert run.returncode == 4, run.output
    assert says in run.output
    assert "Traceback" not in run.output


def test_resolve_names_the_known_backends_when_the_name_is_unknown():
    with pytest.raises(BackendError, match=r"neither a known backend \(dummy, gevent, loky, ray, stdlib, threads, torch"):
        resolve("no_such_backend", [])


def test_a_start_method_a_backend_lacks_is_refused_naming_its_variants(run_suite):
    """dummy has one variant and no start method: --start-method is not silently ignored for it."""
    assert [v.id for v in narrow(resolve("dummy", []), []).variants] == ["dummy"]
    run = run_suite("--mp-backend", "dummy", "--mp-start-method", "fork")
    assert run.returncode == 4 and run.report is None, run.output
    assert "ERROR: backend 'dummy' has no start method 'fork'; its variants: 'dummy' (it has no start methods:" in run.output
    run = run_suite("--mp-backend", "stdlib", "--mp-backend", "dummy", "--mp-start-method", "fork")
    assert run.returncode == 4 and "backend 'dummy' has no start method 'fork'" in run.output, run.output


def test_an_executor_only_backend_runs_only_the_executor_chapter(run_suite):
    (_, executor_module, _, executor_test), (_, queue_module, _, queue_test) = spec_target("executor.submit.kwargs"), spec_target()
    target = ["--pyargs", executor_module, queue_module, "-k", f"{executor_test} or {queue_test}"]
    run = run_suite("-p", "tests.fakes.executor_only", "--mp-backend", "pool-only", "--mp-backend", "stdlib", target=target)
    assert run.returncode == 0, run.output
    ran = {(r["spec"].split(".")[0], r["variant"]) for r in run.records}
    assert ("executor", "pool-only") in ran and ("executor", "stdlib-spawn") in ran, ran
    stdlib = {f"stdlib-{m}" for m in multiprocessing.get_all_start_methods()}
    assert {v for area, v in ran if area != "executor"} == stdlib, f"pool-only ran outside its chapter: {ran}"


def test_a_backend_of_one_chapter_runs_alone(run_suite):
    """Selected by itself, it leaves the other chapters' tests deselected (pytest has no parameter for them)."""
    (_, executor_module, _, executor_test), (_, queue_module, _, queue_test) = spec_target("executor.submit.kwargs"), spec_target()
    run = run_suite("-p", "tests.fakes.executor_only", "--mp-backend", "pool-only",
                    target=["--pyargs", executor_module, queue_module, "-k", f"{executor_test} or {queue_test}"])
    assert run.returncode == 0, run.output
    assert {(r["spec"], r["variant"]) for r in run.records} == {("executor.submit.kwargs", "pool-only")}, run.records


def test_a_backend_that_must_run_alone_is_refused_beside_another(run_suite):
    run = run_suite("-p", "tests.fakes.alone", "--mp-backend", "patching", "--mp-backend", "stdlib")
    assert run.returncode == 4 and "backend 'patching' must run alone (it patches the world)" in run.output, run.output
    assert "Traceback" not in run.output, run.output


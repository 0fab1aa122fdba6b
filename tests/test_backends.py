"""Declaring a backend: executor-only backends (contexts=None), their capabilities, Futures' names, the built-in threads."""

import concurrent.futures
import multiprocessing
import multiprocessing.connection
import os
import types

import pytest

from conformance import capabilities, executors
from conformance.backends import Backend, BackendError, resolve
from tests.conftest import ROOT

THREADS = {None: capabilities.of_interpreter()}
EXECUTOR = ["--pyargs", "conformance.spec.executor"]


def test_contexts_none_declares_an_executor_only_backend():
    backend = Backend("mine", None, "1.0", None, caps=THREADS, futures=executors.threads)
    assert [v.id for v in backend.variants] == ["mine"] and backend.chapters == ("executor",)
    assert backend.variants[0].capabilities == capabilities.of_interpreter()


@pytest.mark.parametrize("contexts, kwargs, says", [
    (None, dict(caps=THREADS), "give its executor API with futures="),
    (None, dict(futures=executors.threads), "say what its workers are, with caps={None: "),
    (None, dict(caps=THREADS, futures=executors.threads, chapters=("executor", "pool")), "runs the executor chapter only"),
    (None, dict(caps=THREADS, futures=executors.stdlib), "give its Futures context_keyword=None"),
    (None, dict(caps={None: {"mp_context"}}, futures=executors.threads), "capability 'mp_context' is not declared"),
    (None, dict(caps={None: {"threads"}}, futures=executors.threads), "unknown capability 'threads'"),
    ({None: None}, dict(caps=THREADS, futures=executors.threads), "an executor-only backend passes contexts=None"),
    ({"spawn": multiprocessing.get_context("spawn")}, dict(caps={"fork": set()}), "caps names start method 'fork'"),
])
def test_a_backend_declared_wrongly_is_refused_naming_it(contexts, kwargs, says):
    with pytest.raises(BackendError) as e:
        Backend("mine", "multiprocessing" if contexts else None, "1.0", contexts, **kwargs)
    assert str(e.value).startswith("backend 'mine': ") and says in str(e.value), str(e.value)


def test_futures_refuses_modules_that_disagree_on_a_name_whatever_their_order():
    mine = types.ModuleType("my_executor")
    mine.wait = multiprocessing.connection.wait  # as loky.process_executor exports it
    for modules in [(mine, concurrent.futures), (concurrent.futures, mine)]:
        with pytest.raises(ValueError, match=r"modules give different objects for wait \(.*my_executor.wait is"):
            executors.Futures(None, concurrent.futures.ThreadPoolExecutor, modules, context_keyword=None)
        chosen = executors.Futures(None, concurrent.futures.ThreadPoolExecutor, modules, context_keyword=None,
                                   wait=concurrent.futures.wait)
        assert chosen.wait is concurrent.futures.wait and chosen.Future is concurrent.futures.Future
    with pytest.raises(ValueError, match=r"got wiat=\.\.\., which the suite does not use"):
        executors.Futures(None, concurrent.futures.ThreadPoolExecutor, (), context_keyword=None, wiat=concurrent.futures.wait)


def test_a_backend_refused_by_its_declaration_is_a_usage_error_before_the_run(run_suite):
    run = run_suite("-p", "tests.fakes.ambiguous_futures", "--mp-backend", "ambiguous", target=EXECUTOR)
    assert run.returncode == 4 and run.report is None, run.output
    assert "ERROR: backend 'ambiguous': Futures(): modules give different objects for wait" in run.output, run.output
    assert "Traceback" not in run.output, run.output


def test_the_threads_backend_runs_the_executor_chapter_alone():
    backend = resolve("threads", [])
    assert [v.id for v in backend.variants] == ["threads"] and backend.chapters == ("executor",)
    assert backend.manifest is not None and backend.manifest.name == "threads.toml"


def test_process_only_behaviours_are_not_applicable_to_a_thread_pool(run_suite):
    """A worker that exits or is killed: not applicable to threads, where the test would end the process running it."""
    run = run_suite("--mp-backend", "threads", "--mp-spec", "executor.broken.*", target=EXECUTOR)
    assert run.returncode == 0, run.output
    assert {r["spec"]: r["verdict"] for r in run.records} == {
        "executor.broken.worker_exit": "not-applicable", "executor.broken.worker_killed": "not-applicable"}, run.records
    assert all("needs processes" in r["message"] for r in run.records), run.records


def test_a_thread_pool_declared_as_processes_fails_instead_of_ending_the_run(run_suite):
    """caps that wrongly claim processes: the tests that kill a worker fail, saying the call ran in the test's process."""
    run = run_suite("-p", "tests.fakes.threads_as_processes", "--mp-backend", "threads-as-processes",
                    "--mp-spec", "executor.broken.*", target=EXECUTOR)
    assert run.returncode == 1, run.output
    assert {r["spec"]: r["verdict"] for r in run.records} == {
        "executor.broken.worker_exit": "fail", "executor.broken.worker_killed": "fail"}, run.records
    assert all("this one" in r["message"] or "test's own process" in r["message"] for r in run.records), run.records


@pytest.mark.parametrize("plugin, backend", [(None, "threads"), ("tests.fakes.executor_only", "pool-only")])
def test_mp_context_is_not_applicable_to_an_executor_that_takes_no_context(run_suite, plugin, backend):
    """A thread pool, and a process pool that takes no context: mp_context's tests are not applicable."""
    run = run_suite(*(["-p", plugin] if plugin else []), "--mp-backend", backend, "--mp-spec", "executor.mp_context.*",
                    "--mp-spec", "executor.max_tasks_per_child.default_spawn", target=EXECUTOR)
    assert run.returncode == 0, run.output
    assert run.records and {r["verdict"] for r in run.records} == {"not-applicable"}, run.records
    assert all("needs mp_context" in r["message"] or "documented for Python" in r["message"] for r in run.records), run.records


def test_the_example_executor_backend_runs_through_the_hook_with_its_manifest(run_suite):
    """examples/executor_backend, as docs/writing-a-backend.md runs it: importable, selected through its pytest hook."""
    path = f"{ROOT}{os.pathsep}{ROOT / 'examples' / 'executor_backend'}"
    run = run_suite("-p", "threadpool_backend", "--mp-backend", "threadpool", "-n", "2", target=EXECUTOR, env={"PYTHONPATH": path})
    assert run.returncode == 0, run.output
    verdicts = {r["verdict"] for r in run.records}
    assert verdicts == {"pass", "expected-failure", "not-applicable"}, verdicts

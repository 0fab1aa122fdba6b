"""Spec tests run each in a fresh interpreter that the backend's prelude prepared first (gevent's patch_all).

A backend that changes the whole interpreter is run the way its users run it: a new process calls the
prelude before it imports anything else, then runs one test there. Children started by spawn re-import
this module as their main module and run the prelude too, as they would re-run a patching application's
main script. The parent keeps the test's deadline (pytest-timeout) and ends the process and its
descendants when it passes, so neither a hang nor what the prelude did to the interpreter outlives
the test.
"""

import importlib
import os

PRELUDE = "MP_CONFORMANCE_PRELUDE"  # "module:function", set in the isolated process and inherited by its children

if __name__ in ("__main__", "__mp_main__") and os.environ.get(PRELUDE):
    _module, _, _function = os.environ[PRELUDE].partition(":")
    getattr(importlib.import_module(_module), _function)()

import inspect  # noqa: E402  (after the prelude: what it patches must be imported patched)
import pickle  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import traceback  # noqa: E402

import psutil  # noqa: E402
import pytest  # noqa: E402

from conformance import backends, leaks, procs  # noqa: E402
from conformance.verdicts import Crashed  # noqa: E402

EXIT_WAIT = 10.0  # seconds the isolated process gets to exit after it reported


class InChild(Exception):
    """The traceback of an exception raised in the isolated process (the cause of the one re-raised here)."""


def call(item, variant):
    """Run spec test `item` on `variant` in a fresh process that ran the backend's prelude; re-raise what it raised.

    Arguments other than `mp` are pickled to it; `mp` is rebuilt there from the backend's name, with the
    variant's start method. The test's own leak check runs in that process, after the test.
    """
    names = inspect.signature(item.obj).parameters
    job = {
        "module": item.module.__name__,
        "function": item.originalname,
        "backend": variant.backend.name,
        "start_method": variant.start_method,
        "kwargs": {n: item.funcargs[n] for n in names if n != "mp"},
    }
    with tempfile.TemporaryDirectory(prefix="mp-conformance-isolated-") as tmp:
        job_path, result_path = os.path.join(tmp, "job"), os.path.join(tmp, "result")
        with open(job_path, "wb") as f:
            pickle.dump(job, f)
        done, reported = os.pipe()
        env = dict(os.environ, **{PRELUDE: variant.backend.prelude})
        try:
            proc = subprocess.Popen([sys.executable, "-m", __name__, job_path, result_path, str(reported)],
                                    env=env, pass_fds=(reported,))
        finally:
            os.close(reported)
        try:
            os.read(done, 1)  # bounded by the test's deadline: pytest-timeout interrupts it
            proc.wait(EXIT_WAIT)  # an interpreter that will not exit is ended; the leak check has run
        except subprocess.TimeoutExpired:
            pass
        finally:
            os.close(done)
            _end(proc)
        try:
            with open(result_path, "rb") as f:
                outcome = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError):
            raise Crashed(f"the process running the test (pid {proc.pid}) ended with status {proc.returncode}"
                          " before it reported an outcome") from None
    if outcome is None:
        return
    kind, message, blob, text = outcome
    if kind == "skip":
        raise pytest.skip.Exception(message)
    try:
        error = pickle.loads(blob)
    except Exception:
        error = AssertionError(message)
    raise error from InChild(text)


def _end(proc):
    """Kill the isolated process and what it left running, and reap it. Its resource tracker and forkserver
    are left to exit by themselves once it is gone (at most EXIT_WAIT): the tracker unlinks what the killed
    processes still held, as it would for a program killed for real."""
    family = procs.descendants(proc.pid)
    procs.kill([proc] + [p for p in family if not procs.is_infrastructure(p)])
    proc.wait(EXIT_WAIT)
    _, remaining = psutil.wait_procs(family, timeout=EXIT_WAIT)
    procs.kill(remaining)


def _run(job):
    """What running the job's test raised, as (kind, message, pickled exception or None, traceback); None if it passed."""
    try:
        backend = backends.resolve(job["backend"], [])
        variant = next(v for v in backend.variants if v.start_method == job["start_method"])
        api = variant.api()
        test = getattr(importlib.import_module(job["module"]), job["function"])
        watch = leaks.Watch()
        error = None
        try:
            test(mp=api, **job["kwargs"])
        except BaseException as e:
            error = e
        try:
            watch.check(api)
        except BaseException as e:
            error = error or e
        if error is not None:
            raise error
    except pytest.skip.Exception as e:
        return "skip", e.msg, None, ""
    except BaseException as e:
        message = "".join(traceback.format_exception_only(type(e), e)).strip()
        try:
            blob = pickle.dumps(e)
        except Exception:
            blob = None
        return "raise", message, blob, "".join(traceback.format_exception(type(e), e, e.__traceback__))
    return None


def main(job_path, result_path, reported):
    reported = int(reported)
    os.set_inheritable(reported, False)
    pid = os.getpid()
    with open(job_path, "rb") as f:
        job = pickle.load(f)
    outcome = _run(job)
    if os.getpid() != pid:  # a forked child that came back here (gevent copies every greenlet on fork)
        os._exit(1)
    with open(result_path, "wb") as f:
        pickle.dump(outcome, f)
    os.write(reported, b"1")


if __name__ == "__main__":
    main(*sys.argv[1:4])

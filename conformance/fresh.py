"""The fresh interpreter of an isolated spec test (conformance.isolation): the backend's prelude first, before anything
else is imported, then the test. Spawn children re-import this module as their main module and run the prelude too, as
they would re-run a patching application's main script."""

import importlib
import os
import sys

PRELUDE = "MP_CONFORMANCE_PRELUDE"  # "module:function", set in the isolated process and inherited by its children

if __name__ in ("__main__", "__mp_main__") and os.environ.get(PRELUDE):
    _module, _, _function = os.environ[PRELUDE].partition(":")
    getattr(importlib.import_module(_module), _function)()


def _run(job):
    """What running the job's test raised, as (kind, message, pickled exception or None, traceback); None if it passed."""
    import pickle  # here, after the prelude: what it patches must be imported patched
    import traceback

    import pytest

    from conformance import backends, leaks

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
    """Run the job's test, write its outcome, and say so on fd `reported`."""
    import pickle

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

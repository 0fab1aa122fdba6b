"""Executor.submit(fn, /, *args, **kwargs) on a ProcessPoolExecutor."""

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.executor import targets
from conformance.spec.support import WAIT

DOC = "concurrent.futures.html#concurrent.futures.Executor.submit"


@spec("executor.submit.returns_future", DOC, api=("futures.ProcessPoolExecutor", "futures.Future"))
def test_submit_schedules_the_call_and_returns_a_future(mp):
    """submit(fn, *args, **kwargs) schedules fn(*args, **kwargs) and returns a Future of its result."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        future = ex.submit(pow, 323, 1235, 1000)
        assert isinstance(future, mp.futures.Future), f"expected a Future from submit(); got {future!r}"
        value = future.result(WAIT)
    assert value == pow(323, 1235, 1000), f"expected pow(323, 1235, 1000) == {pow(323, 1235, 1000)}; got {value!r}"


@spec("executor.submit.kwargs", DOC, api=("futures.ProcessPoolExecutor",))
def test_submit_passes_keyword_arguments(mp):
    """Keyword arguments of submit() are passed to fn."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        value = ex.submit(int, "ff", base=16).result(WAIT)
    assert value == 255, f"expected int('ff', base=16) == 255; got {value!r}"


@spec("executor.submit.exception_reraised", "concurrent.futures.html#concurrent.futures.Future.result",
      api=("futures.ProcessPoolExecutor",))
def test_result_raises_the_exception_of_the_call(mp):
    """If the call raised an exception, Future.result() raises the same exception."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        future = ex.submit(targets.fail, "from the worker")
        error = raises(KeyError, future.result, WAIT)
    assert error.args == ("from the worker",), f"expected KeyError('from the worker'); got {error!r}"

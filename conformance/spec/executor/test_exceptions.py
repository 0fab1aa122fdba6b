"""The exception classes of concurrent.futures that a ProcessPoolExecutor raises."""

from conformance.marks import spec

DOC = "concurrent.futures.html#exception-classes"


@spec("executor.exceptions.broken_process_pool", "concurrent.futures.html#concurrent.futures.process.BrokenProcessPool",
      api=("futures.BrokenProcessPool", "futures.BrokenExecutor"))
def test_broken_process_pool_derives_from_broken_executor(mp):
    """BrokenProcessPool derives from BrokenExecutor, which derives from RuntimeError."""
    bpp, broken = mp.futures.BrokenProcessPool, mp.futures.BrokenExecutor
    assert issubclass(bpp, broken) and issubclass(broken, RuntimeError), (
        f"expected BrokenProcessPool < BrokenExecutor < RuntimeError; the MRO is {bpp.__mro__}")


@spec("executor.exceptions.timeout_error_alias", "concurrent.futures.html#concurrent.futures.TimeoutError",
      python=">=3.11", api=("futures.TimeoutError",))
def test_timeout_error_is_the_builtin(mp):
    """From 3.11 concurrent.futures.TimeoutError is an alias of the builtin TimeoutError."""
    assert mp.futures.TimeoutError is TimeoutError, f"expected the builtin TimeoutError; got {mp.futures.TimeoutError!r}"

"""cpu_count(): the number of CPUs in the system."""

import os

from conformance.marks import spec
from conformance.spec.context import fresh

CPU_COUNT = "multiprocessing.html#multiprocessing.cpu_count"


@spec("context.cpu_count.returns", CPU_COUNT, api=("cpu_count",))
def test_cpu_count_is_the_number_of_cpus(mp):
    """cpu_count() returns the number of CPUs in the system (as os.cpu_count() counts them)."""
    expected = os.cpu_count()
    try:
        count = mp.cpu_count()
    except NotImplementedError:
        assert expected is None, f"expected {expected} CPUs, cpu_count() raised NotImplementedError though they can be counted"
        return
    assert count == expected, f"expected cpu_count() to be os.cpu_count() = {expected}, got {count!r}"


@spec("context.cpu_count.x_override", CPU_COUNT, python=">=3.13", api=("cpu_count",))
def test_cpu_count_follows_the_x_cpu_count_option(mp):
    """From 3.13, cpu_count() can be overridden with -X cpu_count (it wraps os.cpu_count())."""
    count = fresh.run(mp, "report(pkg.get_context(method).cpu_count())", "-X", "cpu_count=3")
    assert count == 3, f"expected cpu_count() 3 under -X cpu_count=3, got {count!r}"


@spec("context.cpu_count.env_override", CPU_COUNT, python=">=3.13", api=("cpu_count",))
def test_cpu_count_follows_the_python_cpu_count_variable(mp):
    """From 3.13, cpu_count() can be overridden with the PYTHON_CPU_COUNT environment variable (it wraps os.cpu_count())."""
    count = fresh.run(mp, "report(pkg.get_context(method).cpu_count())", env=dict(os.environ, PYTHON_CPU_COUNT="3"))
    assert count == 3, f"expected cpu_count() 3 with PYTHON_CPU_COUNT=3, got {count!r}"

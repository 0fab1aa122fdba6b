"""Time this suite (stdlib, every start method) against CPython's own multiprocessing tests, in one invocation.

Usage: python bench/speed.py [--workers N] [--skip-cpython]
Prints wall time and peak memory (largest process RSS) of both, and the ratio suite / CPython.
Run it with the interpreter whose multiprocessing you measure (CPython 3.13 ships the test packages).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

CPYTHON_TESTS = ["test_multiprocessing_fork", "test_multiprocessing_spawn", "test_multiprocessing_forkserver"]


# Runs a command and prints the peak RSS (KiB) of the largest process it waited for: a fresh
# process per measurement, so that one measurement's peak does not carry into the next.
_PEAK = (
    "import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)"
)


def measure(cmd, cwd):
    """(seconds, peak RSS in MiB of the largest process it started) of one command."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _PEAK, *cmd], cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    seconds = time.perf_counter() - start
    lines = proc.stdout.strip().splitlines()
    print(f"  exit {proc.returncode}: {lines[-2] if len(lines) > 1 else ''}")
    if proc.returncode:
        print("\n".join("    " + line for line in lines[-25:-1]))
    return seconds, int(lines[-1]) / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default=str(os.cpu_count() or 2), help="workers for both runs (default: cores)")
    parser.add_argument("--skip-cpython", action="store_true", help="time only this suite")
    ns = parser.parse_args()
    cwd = tempfile.mkdtemp(prefix="mp-bench-")
    print(f"python {sys.version.split()[0]} ({sys.executable}), {os.cpu_count()} cores, {ns.workers} workers")
    print("suite: pytest --pyargs conformance (stdlib, every start method)")
    suite = measure([sys.executable, "-m", "pytest", "--pyargs", "conformance", "-q", "-p", "no:cacheprovider",
                     "-n", ns.workers], cwd)
    print(f"  {suite[0]:.1f} s, peak {suite[1]:.0f} MiB")
    if ns.skip_cpython:
        return 0
    print(f"reference: python -m test {' '.join(CPYTHON_TESTS)} -j {ns.workers}")
    ref = measure([sys.executable, "-m", "test", *CPYTHON_TESTS, "-j", ns.workers], cwd)
    print(f"  {ref[0]:.1f} s, peak {ref[1]:.0f} MiB")
    print(f"ratio suite/CPython: time {suite[0] / ref[0]:.3f}, peak memory {suite[1] / ref[1]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

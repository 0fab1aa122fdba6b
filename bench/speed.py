"""Time this suite (stdlib, every start method) against CPython's own multiprocessing tests, alternating, in one invocation.

Usage: python bench/speed.py [--rounds N] [--workers N[,N...]] [--cpython-jobs N] [--skip-cpython] [--baseline DIR]

Each round runs CPython's test_multiprocessing_fork/spawn/forkserver (`python -m test -jN`) and then
the suite once per worker count (`mp-conformance -n N`). The table gives,
per command, the medians over the rounds of wall time, CPU time (user + system of every process it
waited for) and peak memory (the RSS of its largest process), their ratios to CPython's, and the
harness overhead per test: the median duration, in the suite's own report, of the TRIVIAL spec
tests (they start no process and block on nothing, so their duration is what the harness costs).
With --baseline DIR, each round also runs the suite of another checkout (`git worktree add DIR REV`), for
a before/after comparison in the same invocation.
Every measurement is also appended to bench/results/<date>-<python>.csv with the machine's core count
and load average. Run it with the interpreter whose multiprocessing you measure; CPython 3.13 ships
the test packages (Debian's libpython3.X-testsuite does for its interpreters).
"""

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CPYTHON = "CPython's tests"  # the reference command's name
CPYTHON_TESTS = ["test_multiprocessing_fork", "test_multiprocessing_spawn", "test_multiprocessing_forkserver"]
# Spec tests that start no process and block on nothing.
TRIVIAL = {
    "context.exc.processerror_base", "executor.exceptions.timeout_error_alias", "process.ctor.kwargs_default",
    "process.ctor.target_default_none", "process.ctor.args_default_empty", "process.is_alive.before_start",
    "process.authkey.bytes", "synchronize.lock.ctor.factory", "synchronize.rlock.ctor.factory", "synchronize.semaphore.ctor.value_default",
    "sharedctypes.value.value.read_write", "connection.pipe.pair.connections", "connection.fileno.returns_fd",
}
RESULTS = Path(__file__).resolve().parent / "results"
FIELDS = ["started", "python", "cores", "load_1min", "round", "command", "workers", "exit", "wall_s", "cpu_s",
          "peak_mib", "overhead_ms"]

# Runs a command and prints the CPU seconds and peak RSS (KiB) of the processes it waited for: a fresh
# process per measurement, so that one measurement's figures do not carry into the next.
_MEASURE = (
    "import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(u.ru_utime + u.ru_stime, u.ru_maxrss); sys.exit(rc)"
)


def measure(cmd, cwd):
    """{exit, wall_s, cpu_s, peak_mib} of one command; its output's last lines are printed if it failed."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    wall = time.perf_counter() - start
    lines = proc.stdout.strip().splitlines()
    cpu, peak = lines[-1].split()
    if proc.returncode:
        print("\n".join("    " + line for line in lines[-25:-1]))
    return {"exit": proc.returncode, "wall_s": round(wall, 2), "cpu_s": round(float(cpu), 2),
            "peak_mib": round(int(peak) / 1024.0, 1)}


def overhead_ms(report):
    """The median duration (ms) of the TRIVIAL spec tests that passed in a report."""
    durations = [r["duration"] for r in json.loads(Path(report).read_text())["results"]
                 if r["spec"] in TRIVIAL and r["verdict"] == "pass"]
    return round(statistics.median(durations) * 1000, 1) if durations else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of alternating runs (default 3)")
    parser.add_argument("--workers", default=str(2 * (os.cpu_count() or 1)),
                        help="the suite's worker counts, comma-separated (default: twice the cores)")
    parser.add_argument("--cpython-jobs", type=int, default=os.cpu_count() or 1, help="CPython's tests' -j (default: the cores)")
    parser.add_argument("--skip-cpython", action="store_true", help="time only this suite")
    parser.add_argument("--baseline", metavar="DIR", help="also time the suite of this checkout, at the same worker counts")
    ns = parser.parse_args()
    if ns.baseline and not (Path(ns.baseline) / "conformance" / "plugin.py").is_file():
        parser.error(f"--baseline {ns.baseline}: not a checkout of this suite (no conformance/plugin.py there)")
    try:
        workers = [int(w) for w in ns.workers.split(",")]
    except ValueError:
        parser.error(f"--workers takes numbers separated by commas, not {ns.workers!r}")
    python = "%s %s" % (platform.python_implementation(), platform.python_version())
    cwd = tempfile.mkdtemp(prefix="mp-bench-")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / ("%s-%s%s.csv" % (time.strftime("%Y-%m-%d"), platform.python_implementation().lower(),
                                      "".join(platform.python_version_tuple()[:2])))
    print(f"{python} ({sys.executable}), {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; writing {out}")
    commands = [] if ns.skip_cpython else [(CPYTHON, ns.cpython_jobs,
                                                [sys.executable, "-m", "test", *CPYTHON_TESTS, "-j", str(ns.cpython_jobs)])]
    report = os.path.join(cwd, "report.json")
    suite = [sys.executable, "-m", "conformance.cli", "-q", "-p", "no:cacheprovider", "--mp-report", report]
    commands += [("suite", n, suite + ["-n", str(n)]) for n in workers]
    if ns.baseline:  # its package first on the path: the pytest11 entry point then loads its plugin
        baseline = ["env", "PYTHONPATH=" + os.pathsep.join([os.path.abspath(ns.baseline), os.environ.get("PYTHONPATH", "")])]
        commands += [("baseline", n, baseline + suite + ["-n", str(n)]) for n in workers]
    rows = []
    new = not out.exists()
    with out.open("a", newline="") as f:
        writer = csv.DictWriter(f, FIELDS)
        if new:
            writer.writeheader()
        for round_ in range(1, ns.rounds + 1):
            for name, n, cmd in commands:
                row = {"started": time.strftime("%Y-%m-%dT%H:%M:%S"), "python": python, "cores": os.cpu_count(),
                       "load_1min": round(os.getloadavg()[0], 2), "round": round_, "command": name, "workers": n}
                row.update(measure(cmd, cwd))
                row["overhead_ms"] = overhead_ms(report) if name != CPYTHON and os.path.exists(report) else ""
                if os.path.exists(report):
                    os.unlink(report)
                print(f"  round {round_}: {name} {_flag(name)} {n}: exit {row['exit']}, {row['wall_s']} s wall, {row['cpu_s']} s CPU,"
                      f" {row['peak_mib']} MiB")
                writer.writerow(row)
                f.flush()
                rows.append(row)
    table(rows)
    return 1 if any(r["exit"] for r in rows) else 0


def _flag(name):
    return "-j" if name == CPYTHON else "-n"


def table(rows):
    """Print the medians per command and their ratios to CPython's."""
    groups = {}
    for row in rows:
        groups.setdefault((row["command"], row["workers"]), []).append(row)
    med = {key: {k: statistics.median(r[k] for r in rs) for k in ("wall_s", "cpu_s", "peak_mib")}
           for key, rs in groups.items()}
    ref = next((m for (name, _), m in med.items() if name == CPYTHON), None)
    print(f"\nmedians of {max(r['round'] for r in rows)} rounds")
    print(f"{'command':<24}{'wall s':>9}{'CPU s':>9}{'peak MiB':>10}{'wall/ref':>10}{'CPU/ref':>9}{'peak/ref':>10}{'overhead ms':>13}")
    for (name, n), m in med.items():
        ratios = ["%.2f" % (m[k] / ref[k]) if ref else "-" for k in ("wall_s", "cpu_s", "peak_mib")]
        overheads = [r["overhead_ms"] for r in groups[name, n] if r["overhead_ms"] not in ("", None)]
        overhead = "%.1f" % statistics.median(overheads) if overheads else "-"
        label = f"{name} {_flag(name)} {n}"
        print(f"{label:<24}{m['wall_s']:>9.1f}{m['cpu_s']:>9.1f}{m['peak_mib']:>10.1f}"
              f"{ratios[0]:>10}{ratios[1]:>9}{ratios[2]:>10}{overhead:>13}")


if __name__ == "__main__":
    sys.exit(main())

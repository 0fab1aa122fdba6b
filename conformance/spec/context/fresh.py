"""Run code in a fresh interpreter that imports the backend package, so this run's global state is untouched."""

import json
import subprocess
import sys
import textwrap

from conformance.spec.support import WAIT

PRELUDE = """\
import importlib, json, sys
pkg = importlib.import_module({package!r})
method = {method!r}
def report(value):
    print(json.dumps(value))
"""


def run(mp, code, *options, env=None, before=""):
    """Run `code` (with `pkg`, `method` and report() defined) in a fresh interpreter; return what it reported.

    `options` go to the interpreter before -c (e.g. '-X', 'cpu_count=3'); `before` runs before the backend is imported.
    """
    return reported(finish(mp, code, *options, env=env, before=before))


def reported(proc):
    """What the fresh interpreter of `proc` (from finish()) reported; it must have exited 0."""
    assert proc.returncode == 0, f"expected the fresh interpreter to exit 0, it exited {proc.returncode}:\n{proc.stderr[-2000:]}"
    lines = proc.stdout.splitlines()
    assert lines, f"expected the fresh interpreter to report a result, it printed nothing:\n{proc.stderr[-2000:]}"
    return json.loads(lines[-1])


def finish(mp, code, *options, env=None, before=""):
    """Run `code` as run() does; return the CompletedProcess (stdout and stderr as text), whatever its exit."""
    method = mp.get_start_method() if hasattr(mp, "get_start_method") else None
    source = textwrap.dedent(before) + PRELUDE.format(package=mp.package, method=method) + textwrap.dedent(code)
    return subprocess.run([sys.executable, *options, "-c", source], capture_output=True, text=True,
                          timeout=WAIT, env=env)

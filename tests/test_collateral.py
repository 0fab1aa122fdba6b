"""One deviation, one verdict: breaking a primitive that spec tests of other chapters could use to talk to their
children fails only what it breaks, in the whole suite.

The broken-backend check (test_broken_backends.py) runs each broken backend on the spec modules of what it breaks;
this one runs the whole suite, every chapter, on fork, against the broken backends of those primitives (Pipe and
Connection send, recv, poll and close; Event; Queue; SimpleQueue; Lock; Value; Barrier; Manager start). A test
that fails there is one of the backend's BREAKS (or MAY_BREAK); every other test passes, does not apply, or is
blocked by a prerequisite it declares.
"""

import json
import os
import subprocess
import sys

import pytest

from tests.test_broken_backends import ROOT, _load, _may_break

PLUMBING = (
    "connection.conn_poll_missing", "connection.conn_child_send_repr", "connection.conn_wakes_late", "connection.conn_eof_raises_oserror",
    "synchronize.event_is_set_local", "synchronize.event_set_wakes_no_waiter",
    "queues.queue_wakes_late", "queues.queue_get_keeps_item",
    "queues.simplequeue_get_reorders",
    "synchronize.lock_process_local",
    "sharedctypes.value_not_shared",
    "synchronize.barrier_last_arrival_wakes_no_waiter",
    "managers.manager_unstarted",
)
FINE = ("pass", "not-applicable", "blocked")


@pytest.fixture(scope="module")
def whole_suite(tmp_path_factory):
    """{broken backend: its records} of one run of the whole suite against all of PLUMBING, on fork."""
    out = tmp_path_factory.mktemp("collateral") / "report.json"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
               MP_CONFORMANCE_WAIT="10")
    cmd = [sys.executable, "-m", "pytest", "--pyargs", "conformance", "-p", "no:cacheprovider", "-q", "-n", "4",
           "--mp-start-method", "fork", "--mp-timeout", "40", "--mp-report", str(out)]
    cmd += [a for name in PLUMBING for a in ("--mp-backend", f"tests.broken.{name}")]
    proc = subprocess.run(cmd, cwd=str(out.parent), env=env, capture_output=True, text=True, timeout=3600)
    if not out.exists():
        pytest.fail(f"the whole suite against {PLUMBING} wrote no report:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    records = {}
    for r in json.loads(out.read_text())["results"]:
        records.setdefault(r["backend"], []).append(r)
    return records


@pytest.mark.parametrize("name", PLUMBING)
def test_breaking_a_primitive_fails_only_what_it_breaks_in_the_whole_suite(name, whole_suite):
    _, breaks, _ = _load(name)
    records = whole_suite.get(f"tests.broken.{name}")
    assert records, f"tests.broken.{name}: no spec test ran against it"
    collateral = [r for r in records if r["verdict"] not in FINE and r["spec"] not in breaks and r["spec"] not in _may_break(name)]
    assert not collateral, (f"tests.broken.{name} breaks {breaks}, yet {len(collateral)} tests of other behaviours"
                            f" failed against it:\n" + "\n".join(f"  {r['nodeid']}: {r['verdict']}: {r['message'][:300]}"
                                                                  for r in collateral))

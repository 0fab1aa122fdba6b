"""Results of a run: one record per test, the JSON report, and the per-variant summary."""

import json
import os
import platform
import sys
import time
import uuid

from conformance import verdicts

SCHEMA_VERSION = 3
READABLE = (1, 2, SCHEMA_VERSION)  # 1: without the run's selection and incomplete; 2: "area" for "chapter"


def schema():
    """The report's JSON Schema: report-schema.json, with the verdicts' names from conformance.verdicts.TABLE."""
    with open(os.path.join(os.path.dirname(__file__), "report-schema.json"), encoding="utf-8") as f:
        found = json.load(f)
    fields = found["properties"]["results"]["items"]["properties"]
    fields["verdict"]["enum"] = list(verdicts.ALL)
    fields["raw_verdict"]["enum"] = list(verdicts.RAW)
    return found


def run_info(backends, selection, incomplete):
    """`selection`: what chose the tests (see the schema); `incomplete`: why the run ended early, or None."""
    from conformance import __version__

    return {
        "suite_version": __version__,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": sys.platform,
        "machine": platform.platform(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "backends": [b.info() for b in backends],
        "selection": selection,
        "incomplete": incomplete,
    }


def write_json(path, run, records):
    """The report of a run: `run` from run_info(), `records` one per finished test."""
    data = {"schema_version": SCHEMA_VERSION, "run": run, "results": records}
    write_text(path, json.dumps(data, indent=1, sort_keys=True) + "\n")


def write_text(path, text):
    """Write `text` to `path` atomically: to a new file beside it, then renamed over it, so that a failed
    or interrupted write leaves the previous file whole (or none) and never half a file."""
    path = os.path.realpath(path)
    temporary = f"{path}.{uuid.uuid4().hex[:8]}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def load_json(path):
    """A report written by write_json; ValueError naming the file when it is not one."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise ValueError(f"{path}: cannot read it: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}: not JSON: {e}") from None
    if (not isinstance(data, dict) or data.get("schema_version") not in READABLE or not isinstance(data.get("run"), dict)
            or not isinstance(data.get("results"), list)):
        raise ValueError(f"{path}: not an mp-conformance report of schema version {' or '.join(map(str, READABLE))}")
    data["run"].setdefault("selection", None)  # not recorded before version 2
    data["run"].setdefault("incomplete", None)
    return data


def summary_lines(records):
    """A table: one row per chapter, one column per variant, each cell passes / applicable tests.

    Then one line per variant with its conformance percentage and the counts of every verdict.
    """
    variants = list(dict.fromkeys(rec["variant"] for rec in records))
    found = {}
    for rec in records:
        found.setdefault((rec["chapter"], rec["variant"]), []).append(rec["verdict"])
    width = max(len(v) for v in variants)
    lines = ["chapter".ljust(16) + " ".join(v.rjust(width) for v in variants)]
    for chapter in sorted({c for c, _ in found}):
        row = [_cell(found.get((chapter, v))).rjust(width) for v in variants]
        lines.append(chapter.ljust(16) + " ".join(row))
    for variant in variants:
        total = verdicts.tally(name for (_, v), names in found.items() if v == variant for name in names)
        shown = ", ".join(f"{n} {v}" for v, n in total.items() if n)
        passes, applicable = verdicts.conformance(total)
        score = f"{verdicts.percent(passes, applicable)} conformant" if applicable else "nothing applicable"
        lines.append(f"{variant}: {score} ({shown})")
    return lines


def _cell(names):
    return verdicts.fraction(*verdicts.conformance(verdicts.tally(names))) if names else "-"

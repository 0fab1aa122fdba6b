"""The mp-conformance command: run the suite, diff two reports, list the spec."""

import argparse
import importlib.util
import json
import os
import re
import sys
import textwrap

from conformance import diff, index, matrix, results, site

USAGE = """\
usage: mp-conformance [run] [--backend NAME]... [--start-method M]... [--spec ID]... [--chapter NAME]...
                      [TEST ADDRESS]... [pytest args]
       mp-conformance diff [--selection-changed] BASE.json NEW.json
       mp-conformance report REPORT.json... [--html OUT.html] [--markdown OUT.md] [--csv OUT.csv] [--json OUT.json]
       mp-conformance report --schema
       mp-conformance spec [--missing] [CHAPTER ...]

run (the default): run the suite with pytest against a backend (default stdlib), with twice as
  many pytest-xdist workers as cores (the tests mostly wait) unless you pass -n or -p no:xdist.
  --spec selects spec ids (globs: 'queues.queue.*'), --chapter a chapter (a directory of
  conformance/spec); a test address, as a failure prints it
  (spec/queues/test_x.py::test_y[stdlib-fork]) or as a report's "test" gives it, runs that test
  from any directory; a directory or file of conformance/spec runs what it holds. They add up;
  -k and -m narrow what they select. The short forms below stand for the plugin's --mp-* options;
  any other argument goes to pytest.
diff: regressions (passed in BASE, not in NEW; or in BASE and absent from NEW), new failures and
  fixes; exit 1 on a regression, a new failure or an incomplete NEW (an interrupted run). Runs of
  different selections (-k, -m, arguments, backends, start methods, specs, chapters, addresses) are
  refused (exit 2) unless --selection-changed, which lists BASE's tests that NEW lacks as not selected.
report: the conformance matrix of several reports (spec ids by chapter against each implementation:
  backend variant, Python and platform): --html writes a static page (summary by chapter, drill-down
  to the failing spec ids, the matrix with an implementation picker and filters), --markdown the
  summary table, --csv and --json the scores (implementation by chapter); with none, the summary is
  printed. --schema prints the JSON Schema of a report.
spec: the documented statements of each chapter, with their spec tests or why they have none;
  --missing lists only statements with neither, and exits 1 when there are any.
"""

_ALIASES = {"--backend": "--mp-backend", "--start-method": "--mp-start-method", "--spec": "--mp-spec",
            "--chapter": "--mp-chapter", "--manifest": "--mp-manifest", "--report": "--mp-report",
            "--write-manifest": "--mp-write-manifest"}
COMMANDS = ("run", "diff", "report", "spec")


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv else "run"
    if command == "diff":
        return _diff(argv[1:])
    if command == "spec":
        return _spec(argv[1:])
    if command == "report":
        return _report(argv[1:])
    if command == "run":
        argv = argv[1:]
    elif _a_word(command):
        print(f"mp-conformance: unknown command {command!r}; the commands are {', '.join(COMMANDS)}"
              " (run is the default: mp-conformance --help)", file=sys.stderr)
        return 2
    if any(a in ("-h", "--help") for a in argv):
        print(_run_help())
        return 0
    return _run(argv)


def _a_word(arg):
    """Whether the first argument can only have been meant as a command: a word, not a path, module or test."""
    return re.fullmatch(r"[A-Za-z][\w-]*", arg) is not None and not os.path.exists(arg) and importlib.util.find_spec(arg) is None


class _Options:
    """The plugin's options, recorded as conformance.options declares them."""

    def __init__(self):
        from conformance import options

        self.declared = []
        options.add(self)

    def getgroup(self, name, description=""):
        return self

    def addoption(self, *names, **attrs):
        self.declared.append((names[0], attrs))

    def taking_values(self):
        return {name for name, attrs in self.declared if attrs.get("action") not in ("store_true", "store_false", "count")}


def _run_help():
    """USAGE, then each of the plugin's options with its short form; pytest's own options are pytest --help's."""
    short = {long: alias for alias, long in _ALIASES.items()}
    lines = [USAGE, "options of run (short form, then the plugin's option, which python -m pytest takes):"]
    for name, attrs in _Options().declared:
        metavar = " " + attrs["metavar"] if attrs.get("metavar") else ""
        forms = ", ".join(f"{n}{metavar}" for n in (short.get(name), name) if n)
        lines.append(f"  {forms}")
        lines += textwrap.wrap(attrs.get("help", ""), 96, initial_indent=" " * 6, subsequent_indent=" " * 6)
    lines.append("\nAny other argument goes to pytest: `python -m pytest --help` lists pytest's own options (-k, -m, -x, -n, -p, ...).")
    return "\n".join(lines)


def _run(argv):
    import pytest

    args, values = [], _Options().taking_values()
    rest = iter(argv)
    for arg in rest:
        name, eq, value = arg.partition("=")
        name = _ALIASES.get(name, name)
        if name in values and not eq:  # joined to its value, which pytest would otherwise take for a path
            value = next(rest, None)    # when it finds its rootdir and configuration (a folder of that name)
            eq = "=" if value is not None else ""
        args.append(name + eq + (value or "") if name in values else arg)
    if not _workers_chosen(args):
        args = ["-n", str(default_workers())] + args
    return int(pytest.main(["--pyargs", "conformance"] + args))


def default_workers():
    """Twice the usable cores: the spec tests mostly wait for their children (bench/speed.py measures it)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 2 * cores


def _workers_chosen(args):
    """Whether pytest-xdist's workers are set by the arguments (-n, or turned off with -p no:xdist)."""
    return any(a in ("-n", "--numprocesses", "-pno:xdist") or a.startswith(("-n", "--numprocesses="))
               or a == "-p" and following == "no:xdist" for a, following in zip(args, args[1:] + [""]))


def _diff(argv):
    parser = argparse.ArgumentParser(prog="mp-conformance diff", description="Compare two JSON reports.")
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("--selection-changed", action="store_true",
                        help="compare runs of different selections: BASE's tests that NEW lacks are not regressions")
    ns = parser.parse_args(argv)
    try:
        base, new = results.load_json(ns.base), results.load_json(ns.new)
    except ValueError as e:
        print(f"mp-conformance diff: {e}", file=sys.stderr)
        return 2
    incomplete = new["run"]["incomplete"]
    if incomplete:
        print(f"mp-conformance diff: {ns.new} is the report of an incomplete run ({incomplete}; {len(new['results'])}"
              " results): it cannot pass the gate", file=sys.stderr)
        return 1
    changed = diff.selection_change(base, new)
    if changed and not ns.selection_changed:
        print(f"mp-conformance diff: the runs selected different tests ({changed}); pass --selection-changed to"
              " compare them, counting BASE's tests that NEW lacks as not selected", file=sys.stderr)
        return 2
    result = diff.compare(base, new, selected_away=ns.selection_changed)
    print("\n".join(diff.render(result)))
    return 1 if result["regressions"] or result["new_failures"] else 0


def _report(argv):
    parser = argparse.ArgumentParser(prog="mp-conformance report", description="Render the conformance matrix of reports.")
    parser.add_argument("reports", nargs="*", metavar="REPORT.json")
    parser.add_argument("--schema", action="store_true", help="print the JSON Schema of a report and exit")
    parser.add_argument("--html", metavar="OUT.html", help="write the results site: one static HTML page")
    parser.add_argument("--markdown", metavar="OUT.md", help="write the summary as a Markdown table")
    parser.add_argument("--csv", metavar="OUT.csv", help="write the scores (implementation by chapter) as CSV")
    parser.add_argument("--json", metavar="OUT.json", help="write the scores (implementation by chapter) as JSON")
    ns = parser.parse_args(argv)
    if ns.schema:
        print(json.dumps(results.schema(), indent=2, ensure_ascii=False))
        return 0
    if not ns.reports:
        parser.error("give one or more REPORT.json (or --schema)")
    try:
        m = matrix.load(ns.reports)
    except ValueError as e:
        print(f"mp-conformance report: {e}", file=sys.stderr)
        return 2
    outputs = [(ns.html, lambda m: site.render(m, site.source_prefix(ns.html))), (ns.markdown, matrix.markdown),
               (ns.csv, matrix.render_csv), (ns.json, matrix.render_json)]
    for path, render in outputs:
        if path:
            try:
                results.write_text(path, render(m))
            except OSError as e:
                print(f"mp-conformance report: cannot write {path}: {e.strerror}", file=sys.stderr)
                return 2
    if not any(path for path, _ in outputs):
        print(matrix.markdown(m), end="")
    return 0


def _spec(argv):
    parser = argparse.ArgumentParser(prog="mp-conformance spec", description="List the documented statements.")
    parser.add_argument("--missing", action="store_true", help="only statements with no test and no reason")
    parser.add_argument("chapters", nargs="*")
    ns = parser.parse_args(argv)
    tests = index.spec_tests()
    chapters = index.statements()
    unknown = [c for c in ns.chapters if c not in chapters]
    if unknown:
        print(f"mp-conformance spec: no chapter {unknown[0]!r}; chapters: {', '.join(chapters)}", file=sys.stderr)
        return 2
    missing = 0
    for chapter, rows in chapters.items():
        if ns.chapters and chapter not in ns.chapters:
            continue
        print(f"== {chapter}")
        for row in rows:
            tested = tests.get(row["id"])
            if tested:
                status = f"tested ({len(tested)})"
            elif row.get("untestable"):
                status = f"untestable: {row['untestable']}"
            else:
                status = "MISSING"
                missing += 1
            if not ns.missing or status == "MISSING":
                print(f"{row['id']:<48} {status}\n    {row['statement']}")
        documented = {row["id"] for row in rows}
        area_ids = sorted(i for i, addrs in tests.items() if any(f"/spec/{chapter}/" in a for a in addrs) and i not in documented)
        for spec_id in area_ids:
            print(f"{spec_id:<48} tested, but has no row in {chapter}/{index.STATEMENTS}")
    if ns.missing:
        print(f"{missing} documented statements have neither a spec test nor a reason")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

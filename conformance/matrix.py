"""The conformance matrix of several JSON reports: spec ids by chapter against implementations, and its scores."""

import csv
import io
import json
import re

from conformance import index, results, verdicts

MESSAGE = 600  # characters of a test's message kept
# A temporary directory in a message (pytest's tmp_path, tempfile's), and where the suite was on the machine
# that ran it (before 'conformance/manifests/x.toml', 'conformance/spec/...'): both differ from run to run.
TEMPORARY = re.compile(r"(?<![\w.~-])(?:(?:/private)?(?:/var/folders|/var/tmp|/tmp)/[^\s'\"]*/"
                       r"|[A-Za-z]:\\Users\\[^\s'\"]*\\AppData\\Local\\Temp\\(?:[^\s'\"]*\\)?)")
SUITE = re.compile(r"(?<![\w.~-])(?:/|[A-Za-z]:\\)[^\s'\"]*?[/\\](?=conformance[/\\])")
ALL_CHAPTERS = "(all)"
INTEROP = "interop"
SCORE_FIELDS = ("implementation", "backend", "variant", "python", "platform", "chapter", "passes", "applicable",
                "score") + verdicts.ALL


class Matrix:
    """Cells keyed by (spec id, column); a column is an implementation: one backend variant on one Python of one report."""

    def __init__(self, reports):
        self.runs = []
        self.columns = []  # their labels, in the order the reports give them
        self.implementations = {}  # label -> {"backend", "variant", "python", "platform"}
        self.chapters = {}  # chapter -> [spec id]
        self.cells = {}  # (spec id, column) -> {"verdict", "raw", "records": [{"test", "verdict", "raw", "message", "reason"}]}
        self.docs = {}  # spec id -> the URL of its documentation (a record's "doc")
        for path, data in reports:
            run = data["run"]
            self.runs.append((path, run))
            python = f"{run['implementation']} {run['python']}"
            for rec in data["results"]:
                column = f"{rec['variant']} · {python} · {run['platform']}"
                if column not in self.implementations:
                    self.columns.append(column)
                    self.implementations[column] = {"backend": rec["backend"], "variant": rec["variant"], "python": python,
                                                    "platform": run["platform"]}
                chapter = index.chapter(rec["test"])
                ids = self.chapters.setdefault(chapter, [])
                if rec["spec"] not in ids:
                    ids.append(rec["spec"])
                self.docs[rec["spec"]] = rec["doc"]
                self._add(rec, column)
        for ids in self.chapters.values():
            ids.sort()

    def _add(self, rec, column):
        cell = self.cells.setdefault((rec["spec"], column), {"verdict": None, "raw": None, "records": []})
        cell["records"].append({
            "test": unparametrized(rec["test"], rec["variant"]), "verdict": rec["verdict"],
            "raw": rec.get("raw_verdict") or rec["verdict"], "message": shorten(rec["message"] or ""),
            "reason": shorten(rec["expected"]["reason"]) if rec["expected"] else None,
        })
        cell["verdict"] = verdicts.worst(r["verdict"] for r in cell["records"])
        cell["raw"] = verdicts.worst(r["raw"] for r in cell["records"] if r["verdict"] == cell["verdict"])

    def totals(self, column, chapter=None):
        """(passes, applicable, {verdict: count}) of `column`, over one chapter or all."""
        counts = verdicts.tally(self.cells[spec_id, column]["verdict"] for spec_id in self._spec_ids(chapter)
                                if (spec_id, column) in self.cells)
        return (*verdicts.conformance(counts), counts)

    def interop(self, chapter=None):
        """(passes, applicable) over spec ids, one chapter or all: those that pass on every implementation where they
        apply, among those that apply on at least one (a cell not applicable or absent is left out)."""
        passes = applicable = 0
        for spec_id in self._spec_ids(chapter):
            found = [self.cells[spec_id, c]["verdict"] for c in self.columns if (spec_id, c) in self.cells]
            found = [v for v in found if v not in verdicts.NOT_COUNTED]
            if found:
                applicable += 1
                passes += all(v == verdicts.PASS for v in found)
        return passes, applicable

    def _spec_ids(self, chapter):
        return [s for ch, ids in self.chapters.items() if chapter in (None, ch) for s in ids]


def load(paths):
    """A Matrix of the reports at `paths`; ValueError naming a file that is not a report."""
    return Matrix([(path, results.load_json(path)) for path in paths])


def shorten(message):
    """A test's message or manifest reason without what differs from run to run: temporary directories become '…/',
    the suite's directory goes ('conformance/...' stays), and at most MESSAGE characters."""
    message = SUITE.sub("", TEMPORARY.sub(lambda m: "…" + m.group()[-1], message))
    return message if len(message) <= MESSAGE else message[:MESSAGE] + "..."


def unparametrized(test, variant):
    """A record's test address without its variant ('...::test_y[stdlib-fork-0]' -> '...::test_y[0]')."""
    name, bracket, params = test.partition("[")
    if not bracket:
        return test
    params = params[:-1]
    if params == variant:
        return name
    return f"{name}[{params[len(variant) + 1:]}]" if params.startswith(variant + "-") else test


def markdown(matrix):
    """The summary: one row per implementation, one column per chapter (passes/applicable), conformance last; then
    the interop row (spec ids passing on every implementation where they apply) and the runs."""
    chapters = sorted(matrix.chapters)
    lines = ["| variant | " + " | ".join(chapters) + " | conformance |", "|---|" + "---:|" * (len(chapters) + 1)]
    for column in matrix.columns:
        cells = [verdicts.fraction(*matrix.totals(column, chapter)[:2]) for chapter in chapters]
        lines.append(f"| {column} | " + " | ".join(cells) + f" | **{verdicts.percent(*matrix.totals(column)[:2])}** |")
    cells = [verdicts.fraction(*matrix.interop(chapter)) for chapter in chapters]
    lines.append(f"| {INTEROP}: passes on every implementation where it applies | " + " | ".join(cells)
                 + f" | **{verdicts.percent(*matrix.interop())}** |")
    lines.append("")
    lines.append("Runs: " + "; ".join(
        f"{run['implementation']} {run['python']} on {run['platform']} (suite {run['suite_version']}, "
        + ", ".join(f"{b['name']} {b['version']}" for b in run["backends"]) + ")" + incomplete(run) for _, run in matrix.runs))
    return "\n".join(lines) + "\n"


def scores(matrix):
    """Rows of SCORE_FIELDS: each implementation by chapter and over ALL_CHAPTERS, then the INTEROP rows (which have
    no verdict counts)."""
    rows = []
    for column in matrix.columns:
        for chapter in sorted(matrix.chapters) + [None]:
            passes, applicable, counts = matrix.totals(column, chapter)
            rows.append(dict(implementation=column, **matrix.implementations[column], chapter=chapter or ALL_CHAPTERS,
                             passes=passes, applicable=applicable, score=_score(passes, applicable), **counts))
    for chapter in sorted(matrix.chapters) + [None]:
        passes, applicable = matrix.interop(chapter)
        rows.append(dict(implementation=INTEROP, chapter=chapter or ALL_CHAPTERS, passes=passes, applicable=applicable,
                         score=_score(passes, applicable)))
    return rows


def _score(passes, applicable):
    return round(100.0 * passes / applicable, 2) if applicable else None


def render_csv(matrix):
    """scores() as CSV, one row each; an empty field where a row has no value."""
    out = io.StringIO()
    writer = csv.DictWriter(out, SCORE_FIELDS, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(scores(matrix))
    return out.getvalue()


def render_json(matrix):
    """scores() as JSON, with the runs they come from."""
    runs = [{"report": path, **{k: run[k] for k in ("implementation", "python", "platform", "suite_version", "started",
                                                  "backends", "incomplete")}} for path, run in matrix.runs]
    return json.dumps({"scores": scores(matrix), "runs": runs}, indent=1) + "\n"


def incomplete(run):
    return f", incomplete run: {run['incomplete']}" if run["incomplete"] else ""

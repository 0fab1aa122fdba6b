"""The conformance matrix of several JSON reports: spec ids by chapter against backend variants, as HTML or Markdown."""

import html

from conformance import index, report, verdicts

MESSAGE = 600  # characters of a test's message kept in the page
COLOURS = {
    verdicts.PASS: "#2e7d32", verdicts.FAIL: "#c62828", verdicts.EXPECTED: "#ef6c00",
    verdicts.UNEXPECTED_PASS: "#ad1457", verdicts.NOT_IMPLEMENTED: "#6a1b9a", verdicts.NOT_APPLICABLE: "#9e9e9e",
    verdicts.TIMEOUT: "#4e342e", verdicts.CRASH: "#000000", verdicts.LEAK: "#00838f",
}


class Matrix:
    """Cells keyed by (spec id, column); a column is one backend variant on one Python of one report."""

    def __init__(self, reports):
        self.runs = []
        self.columns = []
        self.chapters = {}  # chapter -> [spec id]
        self.cells = {}  # (spec id, column) -> {"verdict", "messages", "reason"}
        self.docs = {}  # spec id -> the URL of its documentation (a record's "doc")
        for path, data in reports:
            run = data["run"]
            self.runs.append((path, run))
            python = f"{run['implementation']} {run['python']}"
            for rec in data["results"]:
                column = f"{rec['variant']} · {python} · {run['platform']}"
                if column not in self.columns:
                    self.columns.append(column)
                chapter = index.chapter(rec["test"])
                ids = self.chapters.setdefault(chapter, [])
                if rec["spec"] not in ids:
                    ids.append(rec["spec"])
                self.docs[rec["spec"]] = rec["doc"]
                self._add(rec, column)
        for ids in self.chapters.values():
            ids.sort()

    def _add(self, rec, column):
        cell = self.cells.setdefault((rec["spec"], column), {"verdict": None, "messages": [], "reason": None})
        cell["verdict"] = verdicts.worst([rec["verdict"]] + ([cell["verdict"]] if cell["verdict"] else []))
        if rec["message"]:
            message = rec["message"] if len(rec["message"]) <= MESSAGE else rec["message"][:MESSAGE] + "..."
            cell["messages"].append(f"{rec['test']}: {message}")
        if rec["expected"]:
            cell["reason"] = rec["expected"]["reason"]

    def totals(self, column, chapter=None):
        """(passes, applicable, {verdict: count}) of `column`, over one chapter or all."""
        counts = dict.fromkeys(verdicts.ALL, 0)
        for ch, ids in self.chapters.items():
            if chapter not in (None, ch):
                continue
            for spec_id in ids:
                cell = self.cells.get((spec_id, column))
                if cell:
                    counts[cell["verdict"]] += 1
        applicable = sum(counts.values()) - counts[verdicts.NOT_APPLICABLE]
        return counts[verdicts.PASS], applicable, counts


def load(paths):
    """A Matrix of the reports at `paths`; ValueError naming a file that is not a report."""
    return Matrix([(path, report.load_json(path)) for path in paths])


def _percent(passes, applicable):
    return f"{100.0 * passes / applicable:.1f}%" if applicable else "n/a"


def markdown(matrix):
    """The summary: one row per variant and Python, one column per chapter (passes/applicable), conformance last."""
    chapters = sorted(matrix.chapters)
    lines = ["| variant | " + " | ".join(chapters) + " | conformance |", "|---|" + "---:|" * (len(chapters) + 1)]
    for column in matrix.columns:
        cells = []
        for chapter in chapters:
            passes, applicable, _ = matrix.totals(column, chapter)
            cells.append(f"{passes}/{applicable}" if applicable else "n/a")
        lines.append(f"| {column} | " + " | ".join(cells) + f" | **{_percent(*matrix.totals(column)[:2])}** |")
    lines.append("")
    lines.append("Runs: " + "; ".join(
        f"{run['implementation']} {run['python']} on {run['platform']} (suite {run['suite_version']}, "
        + ", ".join(f"{b['name']} {b['version']}" for b in run["backends"]) + ")" + _incomplete(run) for _, run in matrix.runs))
    return "\n".join(lines) + "\n"


def render_html(matrix):
    """One static page: the matrix with filters by chapter and verdict, totals, and each report's run info."""
    e = html.escape
    head = "".join(f"<th>{e(c)}</th>" for c in matrix.columns)
    body = []
    for chapter in sorted(matrix.chapters):
        body.append(f'<tr class="chapter" data-chapter="{e(chapter)}"><th colspan="{len(matrix.columns) + 1}">{e(chapter)}</th></tr>')
        for spec_id in matrix.chapters[chapter]:
            cells, found = [], set()
            for column in matrix.columns:
                cell = matrix.cells.get((spec_id, column))
                if cell is None:
                    cells.append('<td class="none">-</td>')
                    continue
                found.add(cell["verdict"])
                detail = "\n".join(cell["messages"])
                if cell["reason"]:
                    detail = f"manifest: {cell['reason']}\n{detail}"
                cells.append(f'<td class="v" style="background:{COLOURS[cell["verdict"]]}" title="{e(detail)}"'
                             f' data-detail="{e(detail)}">{e(cell["verdict"])}</td>')
            body.append(f'<tr class="spec" data-chapter="{e(chapter)}" data-verdicts="{e(" ".join(sorted(found)))}">'
                        f'<th><a href="{e(matrix.docs[spec_id])}">{e(spec_id)}</a></th>{"".join(cells)}</tr>')
    totals = "".join(f"<td>{_percent(*matrix.totals(c)[:2])}<br><small>{e(_counts(matrix.totals(c)[2]))}</small></td>"
                     for c in matrix.columns)
    runs = "".join(
        f"<li>{e(path)}: {e(run['implementation'])} {e(run['python'])} on {e(run['machine'])}; suite {e(run['suite_version'])};"
        f" started {e(run['started'])}; " + e(", ".join(f"{b['name']} {b['version']} [{', '.join(b['variants'])}]" for b in run["backends"])
                                             + _incomplete(run))
        + "</li>" for path, run in matrix.runs)
    chapter_options = "".join(f'<option value="{e(c)}">{e(c)}</option>' for c in sorted(matrix.chapters))
    verdict_options = "".join(f'<option value="{e(v)}">{e(v)}</option>' for v in verdicts.ALL)
    legend = " ".join(f'<span class="v" style="background:{c}">{e(v)}</span>' for v, c in COLOURS.items())
    return _PAGE.format(head=head, body="\n".join(body), totals=totals, runs=runs, legend=legend,
                        chapters=chapter_options, verdicts=verdict_options)


def _incomplete(run):
    return f", incomplete run: {run['incomplete']}" if run["incomplete"] else ""


def _counts(counts):
    return ", ".join(f"{n} {v}" for v, n in counts.items() if n)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mp-conformance matrix</title>
<style>
body {{ font-family: sans-serif; margin: 1em; }}
table {{ border-collapse: collapse; font-size: 13px; }}
th, td {{ border: 1px solid #ccc; padding: 2px 6px; text-align: left; }}
tr.chapter th {{ background: #eceff1; font-size: 15px; }}
td.v, span.v {{ color: #fff; cursor: pointer; padding: 2px 6px; }}
#detail {{ white-space: pre-wrap; border: 1px solid #999; padding: 6px; min-height: 2em; background: #fafafa; }}
</style></head><body>
<h1>mp-conformance matrix</h1>
<p>{legend}</p>
<p><label>chapter <select id="chapter"><option value="">all</option>{chapters}</select></label>
<label>verdict <select id="verdict"><option value="">all</option>{verdicts}</select></label></p>
<div id="detail">Click a cell for its message and manifest reason.</div>
<table id="matrix"><thead><tr><th>spec id</th>{head}</tr></thead>
<tbody>
{body}
</tbody>
<tfoot><tr><th>conformance</th>{totals}</tr></tfoot></table>
<h2>Runs</h2><ul>{runs}</ul>
<script>
const chapter = document.getElementById("chapter"), verdict = document.getElementById("verdict");
function filter() {{
  for (const row of document.querySelectorAll("#matrix tbody tr")) {{
    const inChapter = !chapter.value || row.dataset.chapter === chapter.value;
    const hasVerdict = !verdict.value || row.classList.contains("chapter")
      || row.dataset.verdicts.split(" ").includes(verdict.value);
    row.hidden = !(inChapter && hasVerdict);
  }}
}}
chapter.addEventListener("change", filter);
verdict.addEventListener("change", filter);
for (const cell of document.querySelectorAll("td.v")) {{
  cell.addEventListener("click", () => {{
    document.getElementById("detail").textContent = cell.dataset.detail || cell.textContent;
  }});
}}
</script>
</body></html>
"""

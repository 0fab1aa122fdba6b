"""The results site: one static HTML page of a Matrix, its data stored once and drawn by the page's script."""

import html
import itertools
import json
import os
from pathlib import Path

from conformance import index, marks, matrix, verdicts

PAGE = Path(__file__).with_name("site.html")
ABSENT = ("-", "no result: this implementation's run has no test of this spec id (not selected, a chapter its"
               " backend does not take part in, or a spec test newer than the run)")


def source_prefix(page):
    """The URL from the page's directory to the tree holding conformance/spec/: the nearest directory above the page
    that holds it (the repository, as for docs/matrix.html), else the installed suite's."""
    here = Path(page).resolve().parent
    root = next((d for d in (here, *here.parents) if (d / "conformance" / "spec").is_dir()), index.SPEC_ROOT.parent.parent)
    try:
        return Path(os.path.relpath(root, here)).as_posix() + "/"
    except ValueError:  # another drive
        return root.as_uri() + "/"


def data(m, source):
    """The page's data: each string once in `strings`, each distinct cell once in `kinds`, and per spec id the index
    of each implementation's kind (0: no result) as _runs() gives them. `source`: the prefix of the test files' links."""
    strings, kinds = _Table(), _Table()
    kinds.add("absent")
    lines = index.lines()
    specs, chapters = [], sorted(m.chapters)
    for number, chapter in enumerate(chapters):
        for spec_id in m.chapters[chapter]:
            tests = {}
            row = []
            for column in m.columns:
                cell = m.cells.get((spec_id, column))
                if cell is None:
                    row.append(0)
                    continue
                records = []
                for rec in cell["records"]:
                    tests.setdefault(rec["test"], None)
                    if rec["verdict"] != verdicts.PASS or rec["message"] or rec["reason"]:
                        records.append([strings.add(rec["test"]), _verdict(rec["verdict"]), _verdict(rec["raw"]),
                                        strings.add(rec["message"]), strings.add(rec["reason"] or "")])
                row.append(kinds.add(json.dumps([_verdict(cell["verdict"]), _verdict(cell["raw"]), records])))
            doc = m.docs[spec_id]
            specs.append([spec_id, number, strings.add(doc[len(marks.DOCS):] if doc.startswith(marks.DOCS) else doc),
                          [[strings.add(t), lines.get(t.partition("[")[0], 0)] for t in tests], _runs(row)])
    return {
        "docs": marks.DOCS,
        "source": source,
        "verdicts": [[v.name, v.mark, v.colour, v.meaning] for v in verdicts.TABLE],
        "roles": {"pass": _verdict(verdicts.PASS), "not_applicable": _verdict(verdicts.NOT_APPLICABLE),
                  "expected": _verdict(verdicts.EXPECTED)},
        "deviations": [_verdict(v) for v in verdicts.DEVIATIONS],  # what an expected failure's verdict before the manifest can be
        "absent": ABSENT,
        "interop": matrix.INTEROP,
        "columns": [dict(label=c, **m.implementations[c]) for c in m.columns],
        "chapters": chapters,
        "specs": specs,
        "kinds": [None] + [json.loads(k) for k in kinds.items[1:]],
        "strings": strings.items,
    }


def _runs(row):
    """`row` with each run of n > 1 equal items given as the item, then -n."""
    out = []
    for item, run in itertools.groupby(row):
        n = len(list(run))
        out += [item, -n] if n > 1 else [item]
    return out


def _verdict(name):
    return verdicts.ALL.index(name)


class _Table:
    """Distinct items in the order first added; add() gives an item's index."""

    def __init__(self):
        self.items, self._index = [], {}

    def add(self, item):
        if item not in self._index:
            self._index[item] = len(self.items)
            self.items.append(item)
        return self._index[item]


def render(m, source):
    """The page: summary of implementations by chapter with the interop row, drill-down, the full matrix with an
    implementation picker and filters, a legend, and each report's run. `source`: as source_prefix() gives it."""
    e = html.escape
    runs = "".join(
        f"<li>{e(path)}: {e(run['implementation'])} {e(run['python'])} on {e(run['machine'])}; suite {e(run['suite_version'])};"
        f" started {e(run['started'])}; " + e(", ".join(f"{b['name']} {b['version']} [{', '.join(b['variants'])}]" for b in run["backends"])
                                             + matrix.incomplete(run))
        + "</li>" for path, run in m.runs)
    payload = json.dumps(data(m, source), ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return PAGE.read_text(encoding="utf-8").replace("<!--RUNS-->", runs).replace("/*DATA*/", payload)

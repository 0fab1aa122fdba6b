"""`mp-conformance report`: the conformance matrix of several reports, as Markdown, CSV, JSON and the results site."""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from conformance import index, marks, matrix, site, verdicts

DOC = marks.DOCS + "multiprocessing.html#multiprocessing.Queue"  # as a record holds it


def _record(spec_id, test, backend, variant, verdict, raw=None, message=None, reason=None, doc=DOC):
    return {
        "nodeid": f"{test}[{variant}]", "test": f"{test}[{variant}]", "spec": spec_id, "chapter": spec_id.split(".")[0],
        "doc": doc, "backend": backend, "variant": variant, "start_method": "fork", "verdict": verdict,
        "raw_verdict": raw or verdict, "duration": 0.1,
        "message": message if message is not None else ("" if verdict == "pass" else f"{spec_id} went wrong"),
        "expected": {"outcomes": [raw], "reason": reason} if verdict == "expected-failure" else None,
    }


def _run(backend, variants, results, python="3.11.7", implementation="CPython"):
    run = {"suite_version": "0.1.0", "python": python, "implementation": implementation, "platform": "linux",
           "machine": "Linux-x86_64", "started": "2026-11-25T05:00:00+0000",
           "backends": [{"name": backend, "package": backend, "version": "1.0", "variants": variants, "manifest": None,
                         "chapters": None}]}
    return {"schema_version": 1, "run": run, "results": results}


def _report(backend, variant, verdicts_by_spec, python="3.11.7", reason=None):
    results = []
    for spec_id, verdict in verdicts_by_spec.items():
        chapter = "queues" if spec_id.startswith("queues.") else "process"
        test = f"conformance/spec/{chapter}/test_x.py::test_{spec_id.replace('.', '_')}"
        results.append(_record(spec_id, test, backend, variant, verdict, raw="fail" if verdict == "expected-failure" else None,
                               reason=reason))
    return _run(backend, [variant], results, python)


@pytest.fixture
def reports(tmp_path):
    paths = []
    for name, data in [
        ("stdlib.json", _report("stdlib", "stdlib-fork", {"queues.queue.put.fifo": "pass", "process.join.blocks": "pass"})),
        ("other.json", _report("other", "other-fork", {"queues.queue.put.fifo": "expected-failure", "process.join.blocks": "pass"},
                               python="3.12.1", reason="other's Queue is LIFO")),
    ]:
        path = tmp_path / name
        path.write_text(json.dumps(data))
        paths.append(str(path))
    return paths


# The wide matrix: 10 reports of 4 variants each (40 implementations), on the suite's real spec tests of three chapters.
WIDE_CHAPTERS = ("pool", "process", "queues")
TEMPORARY = "/tmp/pytest-of-root/pytest-{n}/popen-gw{n}/test_refused{n}0/"
SHARED = "expected the listener to accept; it refused ({tmp}socket)"  # the same message on every implementation


def _wide_specs():
    tests = index.spec_tests()
    return [(spec_id, tests[spec_id][0]) for spec_id in sorted(tests)
            if index.chapter(tests[spec_id][0]) in WIDE_CHAPTERS]


def _wide_report(n, specs):
    backend = f"impl{n}"
    variants = [f"{backend}-v{k}" for k in range(4)]
    results = []
    for s, (spec_id, test) in enumerate(specs):
        doc = marks.DOCS + "multiprocessing.html#multiprocessing." + spec_id.split(".")[1]
        for k, variant in enumerate(variants):
            if n == 9 and k == 3 and index.chapter(test) == "queues":
                continue  # a chapter this implementation does not take part in: "-"
            verdict, raw, message, reason = "pass", None, None, None
            if s == 0:
                verdict, message = "fail", SHARED.format(tmp=TEMPORARY.format(n=n * 4 + k))
            elif s == 1 and n == 9 and k == 3:
                verdict, raw, reason = "expected-failure", "crash", "impl9's pool dies: issue 7"
            elif s == 2 and k == 1:
                verdict, message = "not-applicable", "not applicable: documented for start methods fork"
            elif s == 3 and n == 0 and k == 0:
                verdict = "timeout"
            results.append(_record(spec_id, test, backend, variant, verdict, raw=raw, message=message, reason=reason, doc=doc))
    return _run(backend, variants, results, python=f"3.{8 + n % 8}.1", implementation="PyPy" if n == 5 else "CPython")


@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    """(report paths, the page of their 40 implementations, its Matrix)."""
    folder = tmp_path_factory.mktemp("wide")
    specs = _wide_specs()
    paths = []
    for n in range(10):
        path = folder / f"impl{n}.json"
        path.write_text(json.dumps(_wide_report(n, specs)))
        paths.append(str(path))
    page = folder / "site" / "matrix.html"
    page.parent.mkdir()
    result = _cli(*paths, "--html", str(page))
    assert result.returncode == 0, result.stderr
    return paths, page, matrix.load(paths)


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "conformance.cli", "report", *args], capture_output=True, text=True)


def test_markdown_summary_has_a_row_per_implementation_a_column_per_chapter_and_the_interop_row(reports):
    text = matrix.markdown(matrix.load(reports))
    header, _, stdlib, other, interop = text.splitlines()[:5]
    assert header == "| variant | process | queues | conformance |"
    assert stdlib == "| stdlib-fork · CPython 3.11.7 · linux | 1/1 | 1/1 | **100.0%** |"
    assert other == "| other-fork · CPython 3.12.1 · linux | 1/1 | 0/1 | **50.0%** |"
    assert interop == "| interop: passes on every implementation where it applies | 1/1 | 0/1 | **50.0%** |"


def test_scores_as_csv_and_json(reports, tmp_path):
    result = _cli(*reports, "--csv", str(tmp_path / "scores.csv"), "--json", str(tmp_path / "scores.json"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "", "expected no summary on stdout when an output is written"
    with open(tmp_path / "scores.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(matrix.SCORE_FIELDS)
    by = {(r["implementation"], r["chapter"]): r for r in rows}
    assert len(by) == 3 * 3, f"expected 2 implementations and the interop row by 2 chapters and {matrix.ALL_CHAPTERS}: {sorted(by)}"
    other = by["other-fork · CPython 3.12.1 · linux", "queues"]
    assert (other["backend"], other["python"], other["passes"], other["applicable"], other["score"], other["expected-failure"]) == (
        "other", "CPython 3.12.1", "0", "1", "0.0", "1")
    assert by["stdlib-fork · CPython 3.11.7 · linux", matrix.ALL_CHAPTERS]["score"] == "100.0"
    assert (by[matrix.INTEROP, matrix.ALL_CHAPTERS]["passes"], by[matrix.INTEROP, matrix.ALL_CHAPTERS]["applicable"]) == ("1", "2")
    data = json.loads((tmp_path / "scores.json").read_text())
    assert data["scores"] == matrix.scores(matrix.load(reports))
    assert [run["report"] for run in data["runs"]] == reports


def test_messages_lose_temporary_directories_and_the_suites_directory():
    assert matrix.shorten("no socket at /tmp/pytest-of-root/pytest-12/popen-gw1/test_x0/listener") == "no socket at …/listener"
    assert matrix.shorten("'/tmp/tmpab12cd/x' and /home/u/tmp/a/b") == "'…/x' and /home/u/tmp/a/b"
    assert matrix.shorten("/private/var/folders/xy/T/tmpq/f") == "…/f"
    assert matrix.shorten(r"C:\Users\me\AppData\Local\Temp\pytest-of-me\x.txt") == "…\\x.txt"
    assert matrix.shorten("/home/ci/src/conformance/manifests/dummy.toml [x.*]: why") == "conformance/manifests/dummy.toml [x.*]: why"
    assert matrix.shorten("x" * (matrix.MESSAGE + 5)) == "x" * matrix.MESSAGE + "..."


def test_page_stores_each_string_once_and_loads_nothing(wide):
    paths, page, m = wide
    text = page.read_text()
    assert text.count("expected the listener to accept; it refused (…/socket)") == 1, \
        "expected the message of 40 implementations, temporary directories shortened, stored once"
    assert "test_refused" not in text, "expected no temporary directory in the page"
    assert text.count(marks.DOCS) == 1, "expected the documentation's address once, each spec id's anchor relative to it"
    assert not re.search(r"(src|href)=\"https?:", text), "the page must load nothing from the network"
    cells = len(m.cells)
    assert len(text) < 60_000 + 4 * cells, f"expected a few bytes per cell; {len(text)} bytes for {cells} cells"


def test_source_links_lead_from_the_page_to_the_repository(tmp_path):
    repository = index.SPEC_ROOT.parent.parent  # the checkout, or the installed suite's site-packages
    assert site.source_prefix(repository / "docs" / "matrix.html") == "../"
    elsewhere = site.source_prefix(tmp_path / "matrix.html")
    assert (tmp_path / elsewhere / "conformance" / "spec").is_dir()


def test_report_without_outputs_prints_the_summary(reports):
    result = _cli(*reports)
    assert result.returncode == 0 and "| variant | process | queues | conformance |" in result.stdout


def test_report_of_something_that_is_not_a_report_says_so(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    result = _cli(str(bad))
    assert result.returncode == 2
    assert "bad.json: not an mp-conformance report" in result.stderr and "Traceback" not in result.stderr


# Debian's chromium and chromium-driver, or the Chrome and chromedriver a GitHub Ubuntu runner image ships
# ($CHROMEWEBDRIVER is the directory of its chromedriver).
CHROMIUM = shutil.which("chromium") or shutil.which("google-chrome") or "/usr/bin/chromium"
CHROMEDRIVER = (shutil.which("chromedriver") or "CHROMEWEBDRIVER" in os.environ
                and shutil.which("chromedriver", path=os.environ["CHROMEWEBDRIVER"]) or "/usr/bin/chromedriver")
WIDTH, HEIGHT = 1400, 900


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for every page test of this module."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("needs Chromium or Chrome and chromedriver (Debian: apt-get install chromium chromium-driver; .ci/run"
                    " installs them; GitHub's Ubuntu runners ship Chrome)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _shown(driver):
    """The spec ids of the matrix's rows shown."""
    return driver.execute_script(
        "return [...document.querySelectorAll('#matrix tbody tr.spec')].filter(r => !r.hidden).map(r => r.querySelector('th').textContent)")


def _select(driver, element_id, value):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, element_id)).select_by_value(value)


def test_page_renders_filters_and_shows_details_in_headless_chromium(browser, reports, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "matrix.html"
    assert _cli(*reports, "--html", str(page)).returncode == 0
    browser.get(page.as_uri())
    assert _shown(browser) == ["process.join.blocks", "queues.queue.put.fifo"]
    _select(browser, "chapter", "queues")
    assert _shown(browser) == ["queues.queue.put.fifo"], "expected the chapter filter to leave only the queues rows"
    _select(browser, "chapter", "")
    _select(browser, "verdict", str(verdicts.ALL.index(verdicts.EXPECTED)))
    assert _shown(browser) == ["queues.queue.put.fifo"], "expected the verdict filter to leave the expected failure"
    cell = browser.find_element(By.CSS_SELECTOR, "#matrix tr.spec td.v:not(.v0)")
    assert cell.text == "EF", "expected an expected failure marked with its verdict before the manifest (fail)"
    cell.click()
    detail = browser.find_element(By.ID, "detail").text
    assert "other's Queue is LIFO" in detail and "before the manifest: fail" in detail
    legend = browser.find_element(By.ID, "legend").text
    assert all(name in legend for name in verdicts.ALL) and "no result" in legend
    assert "CPython 3.12.1" in browser.find_element(By.ID, "runs").text
    shot = tmp_path / "matrix.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 1000


def test_wide_page_summary_and_drill_down(browser, wide):
    paths, page, m = wide
    browser.get(page.as_uri())
    summary = browser.execute_script(
        "return [...document.querySelectorAll('#summary tbody tr')].map(r => [r.querySelector('th').textContent,"
        " ...[...r.querySelectorAll('td b')].map(b => b.textContent)])")
    expected = [[c] + [verdicts.percent(*m.totals(c, ch)[:2]) for ch in sorted(m.chapters)] + [verdicts.percent(*m.totals(c)[:2])]
                for c in m.columns]
    expected.append([matrix.INTEROP] + [verdicts.percent(*m.interop(ch)) for ch in sorted(m.chapters)] + [verdicts.percent(*m.interop())])
    assert summary == expected, "expected the page's summary to give the scores of conformance.matrix"
    # Drill down: implementation impl9-v3, chapter pool: its failing spec ids with verdict, raw verdict and reason.
    column = m.columns.index(next(c for c in m.columns if c.startswith("impl9-v3 ")))
    browser.execute_script(f"document.querySelector('#summary td.score[data-col=\"{column}\"][data-chapter=\"pool\"]').click()")
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#drill tbody tr')].map(r => [...r.cells].map(c => c.textContent))")
    specs = _wide_specs()
    assert [r[0] for r in rows] == [specs[0][0], specs[1][0]]
    assert rows[1][2:5] == ["EC expected-failure", "crash", specs[1][1].split("::")[1]] and rows[1][6] == "impl9's pool dies: issue 7"
    assert rows[0][5] == "expected the listener to accept; it refused (…/socket)"


def test_wide_page_links_resolve_once(browser, wide):
    paths, page, m = wide
    browser.get(page.as_uri())
    docs = browser.execute_script("return [...document.querySelectorAll('#matrix tbody th a')].map(a => a.href)")
    assert len(docs) == len(m.docs)
    for url in docs:
        assert re.fullmatch(re.escape(marks.DOCS) + r"multiprocessing\.html#multiprocessing\.\w+", url), url
        assert url.count("docs.python.org") == 1, url
    browser.execute_script("document.querySelector('#matrix tbody tr.spec td.v').click()")
    source = browser.execute_script("return document.querySelector('#detail p a[href*=\"conformance/spec/\"]').href")
    url = urlparse(source)
    path, line = Path(unquote(url.path)), int(url.fragment[1:])
    assert path.is_file(), f"expected the test's source link to lead to its file: {source}"
    assert path.read_text().splitlines()[line - 1].lstrip().startswith("def test_"), f"expected {source} at the test's def"


def test_wide_page_picks_implementations_and_filters_them_only(browser, wide):
    paths, page, m = wide
    browser.get(page.as_uri())
    count = "return document.querySelectorAll('#matrix thead th.col').length"
    assert browser.execute_script(count) == 40
    # Untick implementation impl0 (its four variants by their checkboxes): the timeout only it has leaves the filter's reach.
    _select(browser, "verdict", str(verdicts.ALL.index(verdicts.TIMEOUT)))
    assert len(_shown(browser)) == 1
    browser.execute_script("document.getElementById('pick').open = true")
    assert browser.execute_script("return [...document.querySelectorAll('#picks input')].filter(i => i.checked).length") == 40
    for k in range(4):
        column = m.columns.index(next(c for c in m.columns if c.startswith(f"impl0-v{k} ")))
        browser.execute_script(f"document.querySelector('#picks input[value=\"{column}\"]').click()")
    assert browser.execute_script(count) == 36
    assert browser.execute_script("return document.querySelectorAll('#summary tbody tr').length") == 36 + 1
    assert _shown(browser) == [], "expected the verdict filter to look at the implementations shown only"
    _select(browser, "verdict", "")
    browser.execute_script("document.getElementById('differ').click()")
    assert _shown(browser) == [_wide_specs()[1][0]], "expected only impl9's expected failure to differ among those shown"
    view = browser.execute_script("return location.hash")
    assert "differ=1" in view and "show=" in view, f"expected the view in the address's fragment: {view}"
    browser.get("about:blank")
    browser.get(page.as_uri() + view)
    assert browser.execute_script(count) == 36 and _shown(browser) == [_wide_specs()[1][0]], "expected the view of the fragment"
    browser.execute_script("document.getElementById('all').click()")
    assert browser.execute_script(count) == 40


def test_wide_page_keeps_headers_in_view_and_details_beside_the_cell(browser, wide):
    paths, page, m = wide
    browser.set_window_size(1000, HEIGHT)  # narrower than the matrix: it scrolls both ways
    try:
        _headers_and_details(browser, page)
    finally:
        browser.set_window_size(WIDTH, HEIGHT)


def _headers_and_details(browser, page):
    browser.get(page.as_uri())
    geometry = "return [document.querySelector(arguments[0]).getBoundingClientRect()].map(r => [r.left, r.top, r.right, r.bottom])[0]"
    table_top = browser.execute_script("return document.getElementById('matrix').getBoundingClientRect().top + window.scrollY")
    browser.execute_script(f"window.scrollTo(2000, {table_top} + 1500)")
    left, top, _, bottom = browser.execute_script(geometry, "#matrix thead th.corner")
    assert abs(top) < 1 and abs(left) < 1, f"expected the header's corner stuck at the window's top left after scrolling: {left}, {top}"
    th_left = browser.execute_script(
        "const rows = [...document.querySelectorAll('#matrix tbody tr.spec')]; const r = rows.find(r => r.getBoundingClientRect().top > 300);"
        " [...r.querySelectorAll('td.v')].pop().click(); return r.querySelector('th').getBoundingClientRect().left")
    assert abs(th_left) < 1, "expected the spec id column stuck at the window's left"
    cell = browser.execute_script(geometry, "#matrix td.on")
    box = browser.execute_script(geometry, "#detail")
    assert 0 <= box[1] and box[3] <= browser.execute_script("return window.innerHeight"), f"expected the details in the window: {box}"
    assert abs(box[1] - cell[3]) < 10 or abs(box[3] - cell[1]) < 10, f"expected the details beside the cell {cell}: {box}"
    assert box[0] <= cell[2] + 10 and cell[0] - 10 <= box[2], f"expected the details under or over the cell {cell}: {box}"


def test_blocked_counts_neither_as_a_pass_nor_as_applicable(tmp_path):
    data = _report("other", "other-fork", {"queues.queue.put.fifo": "pass", "process.join.blocks": "blocked"})
    path = tmp_path / "other.json"
    path.write_text(json.dumps(data))
    m = matrix.load([str(path)])
    [column] = m.columns
    passes, applicable, counts = m.totals(column)
    assert (passes, applicable, counts["blocked"]) == (1, 1, 1)
    assert m.interop() == (1, 1)

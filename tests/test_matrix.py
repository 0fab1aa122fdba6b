"""`mp-conformance report`: the conformance matrix of several reports, as Markdown and as an HTML page."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from conformance import marks, matrix

DOC = marks.DOCS + "multiprocessing.html#multiprocessing.Queue"  # as a record holds it


def _report(backend, variant, verdicts_by_spec, python="3.11.7", reason=None):
    results = []
    for spec_id, verdict in verdicts_by_spec.items():
        chapter = "queues" if spec_id.startswith("queue.") else "process"
        results.append({
            "nodeid": f"{spec_id}[{variant}]", "test": f"conformance/spec/{chapter}/test_x.py::test_{spec_id.replace('.', '_')}[{variant}]",
            "spec": spec_id, "area": spec_id.split(".")[0], "doc": DOC, "backend": backend,
            "variant": variant, "start_method": "fork", "verdict": verdict, "raw_verdict": "fail" if verdict == "expected-failure" else verdict,
            "duration": 0.1, "message": "" if verdict == "pass" else f"{spec_id} went wrong",
            "expected": {"outcomes": ["fail"], "reason": reason} if verdict == "expected-failure" else None,
        })
    run = {"suite_version": "0.1.0", "python": python, "implementation": "CPython", "platform": "linux", "machine": "Linux-x86_64",
           "started": "2026-11-25T05:00:00+0000",
           "backends": [{"name": backend, "package": backend, "version": "1.0", "variants": [variant], "manifest": None, "chapters": None}]}
    return {"schema_version": 1, "run": run, "results": results}


@pytest.fixture
def reports(tmp_path):
    paths = []
    for name, data in [
        ("stdlib.json", _report("stdlib", "stdlib-fork", {"queue.put.fifo": "pass", "process.join.blocks": "pass"})),
        ("other.json", _report("other", "other-fork", {"queue.put.fifo": "expected-failure", "process.join.blocks": "pass"},
                               python="3.12.1", reason="other's Queue is LIFO")),
    ]:
        path = tmp_path / name
        path.write_text(json.dumps(data))
        paths.append(str(path))
    return paths


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "conformance.cli", "report", *args], capture_output=True, text=True)


def test_markdown_summary_has_a_row_per_variant_and_python_and_a_column_per_chapter(reports):
    text = matrix.markdown(matrix.load(reports))
    header, _, stdlib, other = text.splitlines()[:4]
    assert header == "| variant | process | queues | conformance |"
    assert stdlib == "| stdlib-fork · CPython 3.11.7 · linux | 1/1 | 1/1 | **100.0%** |"
    assert other == "| other-fork · CPython 3.12.1 · linux | 1/1 | 0/1 | **50.0%** |"


def test_html_page_has_the_matrix_filters_reasons_and_run_info(reports, tmp_path):
    out = tmp_path / "matrix.html"
    result = _cli(*reports, "--html", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text()
    assert '<table id="matrix">' in page and 'id="chapter"' in page and 'id="verdict"' in page
    assert "manifest: other&#x27;s Queue is LIFO" in page
    assert "http" not in page.replace("https://docs.python.org", ""), "the page must load nothing from the network"
    assert "CPython 3.12.1" in page and "50.0%" in page
    assert page.count(f'<a href="{DOC}">') == 2, "expected each spec id to link its documentation as its records give it"


def test_report_without_outputs_prints_the_summary(reports):
    result = _cli(*reports)
    assert result.returncode == 0 and "| variant | process | queues | conformance |" in result.stdout


def test_report_of_something_that_is_not_a_report_says_so(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    result = _cli(str(bad))
    assert result.returncode == 2
    assert "bad.json: not an mp-conformance report" in result.stderr and "Traceback" not in result.stderr


CHROMIUM, CHROMEDRIVER = shutil.which("chromium") or "/usr/bin/chromium", shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); .ci/run installs them")
def test_html_page_renders_and_filters_in_headless_chromium(reports, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = tmp_path / "matrix.html"
    assert _cli(*reports, "--html", str(page)).returncode == 0
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,800"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.set_page_load_timeout(60)
        driver.get(page.as_uri())
        rows = driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr.spec")
        assert [r.find_element(By.TAG_NAME, "th").text for r in rows] == ["process.join.blocks", "queue.put.fifo"]
        Select(driver.find_element(By.ID, "chapter")).select_by_value("queues")
        shown = [r.find_element(By.TAG_NAME, "th").text for r in rows if r.is_displayed()]
        assert shown == ["queue.put.fifo"], f"expected the chapter filter to leave only the queues rows; shown: {shown}"
        Select(driver.find_element(By.ID, "chapter")).select_by_value("")
        Select(driver.find_element(By.ID, "verdict")).select_by_value("expected-failure")
        shown = [r.find_element(By.TAG_NAME, "th").text for r in rows if r.is_displayed()]
        assert shown == ["queue.put.fifo"], f"expected the verdict filter to leave the expected failure; shown: {shown}"
        driver.find_element(By.CSS_SELECTOR, "td.v[title*='LIFO']").click()
        assert "other's Queue is LIFO" in driver.find_element(By.ID, "detail").text
        shot = tmp_path / "matrix.png"
        assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 1000
    finally:
        driver.quit()

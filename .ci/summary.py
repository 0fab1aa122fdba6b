"""Print one closing line for CI from the tox runs' reports: 'N passed, N failed, N skipped'."""

import glob
import json
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for path in glob.glob("reports/*.json"):
    for rec in json.load(open(path))["results"]:
        if rec["verdict"] == "pass":
            passed += 1
        elif rec["verdict"] in ("not-applicable", "expected-failure"):
            skipped += 1
        else:
            failed += 1
for path in glob.glob("reports/*.xml"):
    for suite in ET.parse(path).getroot().iter("testsuite"):
        total, skip = int(suite.get("tests")), int(suite.get("skipped"))
        bad = int(suite.get("failures")) + int(suite.get("errors"))
        passed += total - skip - bad
        failed += bad
        skipped += skip
print(f"all: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or not passed else 0)

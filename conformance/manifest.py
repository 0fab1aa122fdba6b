"""Expectations manifests: a backend's known, explained deviations, read from and written to TOML."""

import fnmatch
import json
import re
import sys

from conformance import conditions, renamed, results, verdicts

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

KEYS = {"spec", "test", "reason", "link", "outcomes", "python", "platforms", "start_methods"}


class ManifestError(Exception):
    """A manifest that cannot be used; the message names the file and the entry."""


class Entry:
    """One deviation: which tests, why, what outcomes are allowed, and where."""

    def __init__(self, where, specs=(), test=None, reason="", outcomes=(), link=None, python=None, platforms=(), start_methods=()):
        self.where = where
        self.specs = tuple(specs)
        self.test = test
        self.reason = reason
        self.outcomes = frozenset(outcomes)
        self.link = link
        self.python = python
        self.platforms = tuple(platforms)
        self.start_methods = tuple(start_methods)

    def names(self, spec_id):
        """Whether one of the entry's spec id patterns takes in `spec_id`."""
        return any(fnmatch.fnmatchcase(spec_id, pattern) for pattern in self.specs)

    def covers(self, spec_id, address):
        """Whether the entry's spec id and test address patterns take in this test (its conditions aside)."""
        if self.specs and not self.names(spec_id):
            return False
        return not self.test or fnmatch.fnmatchcase(address, self.test)

    def matches(self, spec_id, address, start_method):
        if not self.covers(spec_id, address):
            return False
        return conditions.unmet(self.python, self.platforms, self.start_methods or None, start_method) is None

    def describe(self):
        text = f"{self.where}: {self.reason}"
        return f"{text} ({self.link})" if self.link else text


def apply(report, raw, expected, when):
    """The verdict of a phase whose verdict before the manifest is `raw`, where `expected` is what the manifest entry
    covering the test expects ({"outcomes", "reason"}, or None); an expected failure or an unexpected pass is made
    pytest's xfail or failure in `report`."""
    if expected is None or raw == verdicts.PASS and raw in expected["outcomes"]:  # an intermittent one did not show
        return raw
    if raw in expected["outcomes"]:
        report.outcome = "skipped"
        report.wasxfail = expected["reason"]
        return verdicts.EXPECTED
    if raw == verdicts.PASS and when == "call":
        report.outcome = "failed"
        report.longrepr = (f"unexpected pass: the manifest expects {', '.join(expected['outcomes'])}"
                           f" ({expected['reason']}), but the test passed; remove the entry or narrow its conditions")
        return verdicts.UNEXPECTED_PASS
    return raw


class Manifest:
    def __init__(self, path, backend, entries, warnings=()):
        self.path = path
        self.backend = backend
        self.entries = entries
        self.warnings = list(warnings)  # what the run should tell about it (spec ids as they were before 0.2)

    def lookup(self, spec_id, address, start_method):
        """The first entry that covers this test on this variant, or None."""
        for entry in self.entries:
            if entry.matches(spec_id, address, start_method):
                return entry
        return None


def load(path, spec_tests):
    """Read and check the manifest at `path` against the suite's {spec id: [test addresses]}."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise ManifestError(f"manifest {path}: cannot read it: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise ManifestError(f"manifest {path}: not valid TOML: {e}") from None
    unknown = set(data) - {"backend", "deviation"}
    if unknown:
        raise ManifestError(f"manifest {path}: unknown top-level key {sorted(unknown)[0]!r}; expected 'backend' and [[deviation]] tables")
    raw = data.get("deviation", [])
    if not isinstance(raw, list):
        raise ManifestError(f"manifest {path}: 'deviation' must be an array of tables ([[deviation]])")
    warnings = []
    entries = [_entry(path, i, item, spec_tests, warnings) for i, item in enumerate(raw, 1)]
    return Manifest(path, data.get("backend"), entries, warnings)


def _entry(path, number, item, spec_tests, warnings):
    where = f"{path} deviation #{number}"
    if not isinstance(item, dict):
        raise ManifestError(f"{where}: must be a table")
    unknown = set(item) - KEYS
    if unknown:
        raise ManifestError(f"{where}: unknown key {sorted(unknown)[0]!r}; allowed: {', '.join(sorted(KEYS))}")
    spec, test = item.get("spec"), item.get("test")
    if not spec and not test:
        raise ManifestError(f"{where}: needs 'spec' (a spec id or pattern, or a list of them) or 'test' (a test address pattern)")
    specs = [spec] if isinstance(spec, str) else spec or []
    if not isinstance(specs, list) or not all(isinstance(s, str) and s for s in specs):
        raise ManifestError(f"{where}: 'spec' must be a spec id or pattern, or a list of them; got {spec!r}")
    shown = specs[0] + (f" and {len(specs) - 1} more" if len(specs) > 1 else "") if specs else test
    where = f"{path} [{shown}]"
    reason = item.get("reason", "")
    if not isinstance(reason, str) or not reason.strip():
        raise ManifestError(f"{where}: 'reason' is required: say why the backend deviates, and how you established it")
    outcomes = item.get("outcomes", [verdicts.FAIL])
    if not isinstance(outcomes, list) or not set(outcomes) & set(verdicts.DEVIATIONS) \
            or not set(outcomes) <= set(verdicts.DEVIATIONS) | {verdicts.PASS}:
        raise ManifestError(f"{where}: 'outcomes' must be a list of at least one of {', '.join(verdicts.DEVIATIONS)},"
                            f" and may add {verdicts.PASS!r} for a deviation that shows in some runs only; got {outcomes!r}")
    try:
        if item.get("python"):
            conditions.check_python(item["python"])
        conditions.check_platforms(item.get("platforms", ()))
    except ValueError as e:
        raise ManifestError(f"{where}: {e}") from None
    for i, pattern in enumerate(specs):
        new = renamed.current(pattern, spec_tests)
        if new:
            warnings.append(renamed.warning(where, pattern, new))
            specs[i] = pattern = new
        if not any(fnmatch.fnmatchcase(s, pattern) for s in spec_tests):
            raise ManifestError(f"{where}: stale entry: no spec test of this suite has a spec id matching {pattern!r}")
    if test and not any(fnmatch.fnmatchcase(a, test) for addrs in spec_tests.values() for a in addrs):
        raise ManifestError(f"{where}: stale entry: no spec test of this suite has an address matching {test!r}")
    return Entry(where, specs, test, reason, outcomes, item.get("link"), item.get("python"),
                 item.get("platforms", ()), item.get("start_methods", ()))


def write(path, backend, records, old):
    """Write a manifest for `backend` from a run's records and its manifest `old` (a Manifest or None) -> a one-line summary.

    An entry of `old` is kept as it is (its conditions too) while it explains a deviation of the run, or allows a pass,
    or when the run did not see it (none of its tests ran, as in a partial run or on another Python); an entry whose
    tests all ran and gave nothing it explains is dropped. Each deviation no entry explains gets a new entry, first
    (an old catch-all entry would shadow it), one per cause: the same message once numbers, addresses and paths are
    set aside, with the same outcomes and start methods; a person fills in its reason.
    """
    seen, explaining, unexplained = set(), set(), {}
    for rec in records:
        if rec["backend"] != backend:
            continue
        entry = old.lookup(rec["spec"], rec["test"].partition("[")[0], rec["start_method"]) if old else None
        if entry is not None:
            seen.add(id(entry))
        outcome = rec["raw_verdict"] if rec["verdict"] == verdicts.EXPECTED else rec["verdict"]
        if outcome not in verdicts.DEVIATIONS:
            continue
        if entry is not None and outcome in entry.outcomes:
            explaining.add(id(entry))
            continue
        dev = unexplained.setdefault(rec["spec"], {"outcomes": set(), "methods": set(), "message": rec["message"]})
        dev["outcomes"].add(outcome)
        dev["methods"].add(rec["start_method"])
    all_methods = {rec["start_method"] for rec in records if rec["backend"] == backend}
    groups = {}
    for spec_id in sorted(unexplained):
        dev = unexplained[spec_id]
        methods = sorted(dev["methods"]) if dev["methods"] != all_methods and None not in dev["methods"] else []
        key = (_cause(dev["message"]), tuple(sorted(dev["outcomes"])), tuple(methods))
        groups.setdefault(key, dict(dev, methods=methods, specs=[]))["specs"].append(spec_id)
    kept = [e for e in (old.entries if old else ())
            if id(e) in explaining or id(e) not in seen or verdicts.PASS in e.outcomes]
    lines = [f"# Expected deviations of backend {backend!r}; every entry needs a reason.", f"backend = {json.dumps(backend)}", ""]
    for group in groups.values():
        lines += ["[[deviation]]", _spec_line(group["specs"]), f"# observed: {' '.join(group['message'].split())[:200]}",
                  'reason = ""', f"outcomes = {json.dumps(sorted(group['outcomes']))}"]
        lines += [f"start_methods = {json.dumps(group['methods'])}"] if group["methods"] else []
        lines.append("")
    for e in kept:
        lines += ["[[deviation]]"] + ([_spec_line(e.specs)] if e.specs else []) + _entry_lines(e) + [""]
    results.write_text(path, "\n".join(lines))
    dropped = len(old.entries) - len(kept) if old else 0
    return (f"{len(kept)} entries kept, {len(groups)} new (fill in their reasons), {dropped} dropped"
            " (their tests ran and gave nothing they explain)")


def _spec_line(specs):
    if len(specs) == 1:
        return f"spec = {json.dumps(specs[0])}"
    return "\n".join(["spec = ["] + [f"    {json.dumps(s)}," for s in specs] + ["]"])


def _entry_lines(e):
    """An entry's keys after 'spec', as TOML lines, as the manifest had them."""
    lines = [f"test = {json.dumps(e.test)}"] if e.test else []
    lines.append(f"reason = {json.dumps(e.reason)}")
    lines += [f"link = {json.dumps(e.link)}"] if e.link else []
    lines.append(f"outcomes = {json.dumps(sorted(e.outcomes))}")
    for key in ("python", "platforms", "start_methods"):
        value = getattr(e, key)
        if value:
            lines.append(f"{key} = {json.dumps(list(value) if isinstance(value, tuple) else value)}")
    return lines


def _cause(message):
    """A deviation's message with what differs between tests of one cause set aside: numbers, addresses and paths."""
    text = " ".join(message.split())
    text = re.sub(r"0x[0-9a-fA-F]+", "0x…", text)
    text = re.sub(r"(/[^\s:'\"]+)+", "…", text)
    return re.sub(r"\d+(\.\d+)?", "N", text)

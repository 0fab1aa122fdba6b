"""Compare two JSON reports: regressions (passed before, not now, or gone), fixes, and tests new to the later run."""

from conformance import verdicts

MESSAGE = 200  # characters of a test's message shown per line


def _key(rec):
    return rec["test"]


def selection_change(base, new):
    """How the selections of the two runs differ ("keyword: 'queue' in BASE, '' in NEW"), or None when they are
    the same or one of the reports does not say (schema version 1). A field a report lacks (one written before
    the option existed) selected nothing, as an empty one."""
    before, after = base["run"]["selection"], new["run"]["selection"]
    if before is None or after is None:
        return None
    changes = [f"{name}: {before.get(name)!r} in BASE, {after.get(name)!r} in NEW"
               for name in sorted(before.keys() | after.keys()) if (before.get(name) or None) != (after.get(name) or None)]
    return "; ".join(changes) or None


def compare(base, new, selected_away=False):
    """{'regressions', 'new_failures', 'fixes', 'not_selected'}: lists of (record in BASE or None, record in NEW or None).

    A test of BASE that NEW lacks is a regression, unless `selected_away` (NEW's run did not select it, on purpose).
    """
    before = {_key(r): r for r in base["results"]}
    after = {_key(r): r for r in new["results"]}
    out = {"regressions": [], "new_failures": [], "fixes": [], "not_selected": []}
    for key in sorted(before.keys() | after.keys()):
        old, now = before.get(key), after.get(key)
        if now is None:
            out["not_selected" if selected_away else "regressions"].append((old, None))
        elif old is None:
            if now["verdict"] not in verdicts.AS_EXPECTED:
                out["new_failures"].append((None, now))
        elif old["verdict"] == verdicts.PASS and now["verdict"] not in (verdicts.PASS,) + verdicts.NOT_COUNTED:
            out["regressions"].append((old, now))
        elif old["verdict"] != verdicts.PASS and now["verdict"] == verdicts.PASS:
            out["fixes"].append((old, now))
    return out


def render(result):
    lines = []
    for title, rows in (("regressions", result["regressions"]), ("new failures", result["new_failures"]),
                        ("fixes", result["fixes"]), ("not selected in NEW", result["not_selected"])):
        lines.append(f"{len(rows)} {title}")
        for old, now in rows:
            lines += _describe(old, now)
    return lines


def _describe(old, now):
    """'  spec.id [variant]: pass -> fail: its message' and, below, the test's address."""
    rec = now or old
    line = f"  {rec['spec']} [{rec['variant']}]: {old['verdict'] if old else 'absent'} -> {now['verdict'] if now else 'absent'}"
    message = (now["message"].strip().splitlines() or [""])[0] if now else ""
    if message:
        line += ": " + (message if len(message) <= MESSAGE else message[:MESSAGE] + "...")
    return [line, f"      {rec['test']}"]

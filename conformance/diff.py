"""Compare two JSON reports: regressions (passed before, not now), fixes, and tests new to the later run."""

from conformance import verdicts


def _key(rec):
    return rec["test"]


def compare(base, new):
    """{'regressions', 'fixes', 'new_failures'}: lists of (nodeid, verdict before or None, verdict now)."""
    before = {_key(r): r for r in base["results"]}
    after = {_key(r): r for r in new["results"]}
    out = {"regressions": [], "fixes": [], "new_failures": []}
    for key, rec in sorted(after.items()):
        old = before.get(key)
        now = rec["verdict"]
        if old is None:
            if now not in verdicts.AS_EXPECTED:
                out["new_failures"].append((key, None, now))
        elif old["verdict"] == verdicts.PASS and now not in (verdicts.PASS, verdicts.NOT_APPLICABLE):
            out["regressions"].append((key, old["verdict"], now))
        elif old["verdict"] != verdicts.PASS and now == verdicts.PASS:
            out["fixes"].append((key, old["verdict"], now))
    return out


def render(result):
    lines = []
    for title, rows in (("regressions", result["regressions"]), ("new failures", result["new_failures"]),
                        ("fixes", result["fixes"])):
        lines.append(f"{len(rows)} {title}")
        lines += [f"  {key}: {old or 'absent'} -> {now}" for key, old, now in rows]
    return lines

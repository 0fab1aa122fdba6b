"""Spec ids as they were before 0.2, when each was renamed to begin with its chapter: read, with a warning, until 0.3."""

import fnmatch
import json
from pathlib import Path

RENAMED = json.loads((Path(__file__).parent / "renamed-spec-ids.json").read_text(encoding="utf-8"))  # old -> new


def current(pattern, spec_ids):
    """The pattern of this release for `pattern` (a spec id or glob) that matches none of `spec_ids` but names spec ids as
    they were before 0.2; None where there is no such pattern."""
    if any(fnmatch.fnmatchcase(s, pattern) for s in spec_ids):
        return None
    old = [o for o in RENAMED if fnmatch.fnmatchcase(o, pattern)]
    if not old:
        return None
    if "*" not in pattern:
        return RENAMED[pattern]
    head = pattern.split("*", 1)[0]  # rewritten as in the new ids of what the glob matched
    heads = {RENAMED[o][: len(RENAMED[o]) - len(o) + len(head)] for o in old if RENAMED[o].endswith(o[len(head):])}
    return heads.pop() + pattern[len(head):] if len(heads) == 1 else None


def warning(where, old, new):
    return f"{where}: spec id {old!r} is {new!r} since mp-conformance 0.2 (each id begins with its chapter); it is read as that until 0.3: rename it"

"""Where a documented behaviour holds: Python versions, platforms and start methods."""

import os
import re
import sys

_CLAUSE = re.compile(r"^\s*(>=|<=|==|!=|>|<)\s*(\d+)\.(\d+)(?:\.(\d+))?\s*$")
_OPS = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
}
PLATFORMS = ("linux", "darwin", "win32", "posix")


def check_python(spec):
    """Raise ValueError unless `spec` is like '>=3.9', '>=3.8,<3.14' or '>=3.14.9,<3.15|>=3.15.1'."""
    for clause in (c for alternative in spec.split("|") for c in alternative.split(",")):
        if not _CLAUSE.match(clause):
            raise ValueError(
                f"python condition {spec!r}: each clause must be an operator and a major.minor or"
                " major.minor.micro version, e.g. '>=3.9', '>=3.8,<3.14' or '>=3.14.9,<3.15|>=3.15.1'"
                " (',' is and, '|' is or)"
            )


def python_matches(spec, version=None):
    """True when the running (or given) version satisfies `spec`: one of its '|' alternatives, all of whose
    ',' clauses hold. A clause with a micro version compares major.minor.micro, otherwise major.minor."""
    version = tuple(version or sys.version_info[:3])
    check_python(spec)
    return any(all(_clause_holds(clause, version) for clause in alternative.split(","))
               for alternative in spec.split("|"))


def _clause_holds(clause, version):
    op, major, minor, micro = _CLAUSE.match(clause).groups()
    if micro is None:
        return _OPS[op](version[:2], (int(major), int(minor)))
    return _OPS[op]((version + (0,))[:3], (int(major), int(minor), int(micro)))


def check_platforms(platforms):
    """Raise ValueError for a platform name this suite does not know."""
    unknown = [p for p in platforms if p not in PLATFORMS]
    if unknown:
        raise ValueError(f"unknown platform {unknown[0]!r}; known: {', '.join(PLATFORMS)}")


def platform_matches(platforms, platform=None):
    """True when the running (or given) sys.platform is one of `platforms` ('posix' is any non-Windows)."""
    platform = platform or sys.platform
    for name in platforms:
        if name == "posix" and os.name == "posix" and platform != "win32":
            return True
        if platform.startswith(name):
            return True
    return False


def unmet(python=None, platforms=None, start_methods=None, start_method=None):
    """The reason a behaviour does not apply here, or None when it does."""
    if python and not python_matches(python):
        running = "%d.%d.%d" % sys.version_info[:3]
        return f"documented for Python {python}; this is Python {running}"
    if platforms and not platform_matches(platforms):
        return f"documented for {', '.join(platforms)}; this is {sys.platform}"
    if start_methods and start_method not in start_methods:
        return f"documented for start methods {', '.join(start_methods)}; this variant is {start_method}"
    return None

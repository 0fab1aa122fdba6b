"""The plugin's command-line options and environment variables, and how their values are checked."""

import argparse
import math
import os
import tempfile
from pathlib import Path

import pytest

from conformance import index

ENV_BACKEND = "MP_CONFORMANCE_BACKEND"
ENV_WAIT = "MP_CONFORMANCE_WAIT"  # the bound of blocking calls in spec tests (conformance.spec.support reads it)
ENV_GRACE = "MP_CONFORMANCE_WATCHDOG_GRACE"
DEFAULT_TIMEOUT = 60.0


def add(parser):
    group = parser.getgroup("mp-conformance", "multiprocessing conformance suite")
    group.addoption("--mp-backend", action="append", default=[], metavar="NAME",
                    help=f"backend to test (repeatable): stdlib, dummy, threads, a registered name or an importable module;"
                         f" default ${ENV_BACKEND} or stdlib")
    group.addoption("--mp-start-method", action="append", default=[], metavar="METHOD",
                    help="run only these start methods' variants (repeatable)")
    group.addoption("--mp-spec", action="append", default=[], metavar="PATTERN",
                    help="run only the spec tests of these spec ids (repeatable; globs: 'queues.queue.put*')")
    group.addoption("--mp-chapter", action="append", default=[], metavar="NAME",
                    help=f"run only the spec tests of these chapters (repeatable): {', '.join(index.chapters())}")
    group.addoption("--mp-test", action="append", default=[], metavar="ADDRESS",
                    help="run only the spec tests at this address, as a failure prints it or a report gives it"
                         " (repeatable): conformance/spec/queues, spec/queues/test_x.py::test_y[stdlib-fork]; with"
                         " --pyargs, a test path of that form is taken for one")
    group.addoption("--mp-manifest", action="append", default=[], metavar="PATH",
                    help="expectations manifest (TOML) replacing the backend's own (repeatable, one per backend)")
    group.addoption("--mp-report", metavar="PATH", help="write the JSON report of the run here")
    group.addoption("--mp-write-manifest", metavar="PATH",
                    help="write a manifest of the deviations this run saw (one backend only)")
    group.addoption("--mp-timeout", type=positive, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                    help=f"deadline of each spec test before the multiplier (default {DEFAULT_TIMEOUT:g})")
    group.addoption("--mp-timeout-multiplier", type=positive, default=1.0, metavar="FACTOR",
                    help="scale every spec test's deadline, for slow machines")


def positive(text):
    """A positive, finite number: the type of the options and variables that give seconds or factors."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value


def env_seconds(name):
    """The positive number of seconds in $name, None where it is unset; a usage error naming it otherwise."""
    text = os.environ.get(name)
    try:
        return None if text is None else positive(text)
    except argparse.ArgumentTypeError as e:
        raise pytest.UsageError(f"${name}: {e}") from None


def writable(path, option):
    """Make sure a file can be written at `path` at the end of the run, or say why not now."""
    if not path:
        return
    target = Path(path)
    if target.exists() and not target.is_file():
        raise pytest.UsageError(f"{option} {path}: {'is a directory' if target.is_dir() else 'not a regular file'}; give a file's path")
    parent = target.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=parent).close()
    except OSError as e:
        raise pytest.UsageError(f"{option} {path}: cannot write a file in {parent}: {e.strerror}") from None

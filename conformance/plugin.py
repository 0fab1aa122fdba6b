"""The pytest plugin: selects backends, runs each spec test on every variant, and gives each test its verdict."""

import argparse
import math
import os
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

import pytest

import conformance
from conformance import backends, index, isolation, leaks, manifest, orphans, prerequisites, report, selection, verdicts, watchdog

ENV_BACKEND = "MP_CONFORMANCE_BACKEND"
ENV_WAIT = "MP_CONFORMANCE_WAIT"  # the bound of blocking calls in spec tests (conformance.spec.support reads it)
ENV_GRACE = "MP_CONFORMANCE_WATCHDOG_GRACE"
DEFAULT_TIMEOUT = 60.0
RUN = pytest.StashKey()
EXPECT = pytest.StashKey()
DEADLINE = pytest.StashKey()
_PACKAGE_PARENT = Path(conformance.__file__).resolve().parent.parent


def pytest_addhooks(pluginmanager):
    from conformance import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


def pytest_addoption(parser):
    group = parser.getgroup("mp-conformance", "multiprocessing conformance suite")
    group.addoption("--mp-backend", action="append", default=[], metavar="NAME",
                    help=f"backend to test (repeatable): stdlib, dummy, threads, a registered name or an importable module;"
                         f" default ${ENV_BACKEND} or stdlib")
    group.addoption("--mp-start-method", action="append", default=[], metavar="METHOD",
                    help="run only these start methods' variants (repeatable)")
    group.addoption("--mp-spec", action="append", default=[], metavar="PATTERN",
                    help="run only the spec tests of these spec ids (repeatable; globs: 'queue.put*')")
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
    group.addoption("--mp-timeout", type=_positive, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                    help=f"deadline of each spec test before the multiplier (default {DEFAULT_TIMEOUT:g})")
    group.addoption("--mp-timeout-multiplier", type=_positive, default=1.0, metavar="FACTOR",
                    help="scale every spec test's deadline, for slow machines")


def _positive(text):
    """A positive, finite number: the type of the options and variables that give seconds or factors."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value


def _env_seconds(name):
    """The positive number of seconds in $name, None where it is unset; a usage error naming it otherwise."""
    text = os.environ.get(name)
    try:
        return None if text is None else _positive(text)
    except argparse.ArgumentTypeError as e:
        raise pytest.UsageError(f"${name}: {e}") from None


class Run:
    """One session's state: the selected backends, their manifests, and the records of finished tests."""

    def __init__(self, config):
        names = config.getoption("mp_backend") or os.environ.get(ENV_BACKEND, "").split() or ["stdlib"]
        names = list(dict.fromkeys(names))
        registered = [b for found in config.hook.pytest_mp_conformance_backends(config=config) for b in found or ()]
        methods = config.getoption("mp_start_method")
        self.backends = [backends.narrow(backends.resolve(n, registered), methods) for n in names]
        for b in self.backends:
            if b.alone and len(self.backends) > 1:
                raise backends.BackendError(f"backend {b.name!r} must run alone ({b.alone}): select it by itself,"
                                            f" in a run of its own, not with {', '.join(repr(o.name) for o in self.backends if o is not b)}")
            if b.prelude and any(b is r for r in registered):
                raise backends.BackendError(f"backend {b.name!r} has a prelude: each of its tests runs in a fresh interpreter,"
                                            " which finds it by name without pytest; register it through the"
                                            f" {backends.ENTRY_POINT_GROUP} entry point, not the pytest hook")
        self.variants = [v for b in self.backends for v in b.variants]
        if config.getoption("mp_write_manifest") and len(self.backends) > 1:
            raise backends.BackendError("--mp-write-manifest writes one backend's manifest; select a single --mp-backend")
        tests = index.spec_tests()
        _take_addresses(config)
        self.selection = selection.Selection(config.getoption("mp_spec"), config.getoption("mp_chapter"),
                                             config.getoption("mp_test"), tests)
        self.manifests = self._manifests(config.getoption("mp_manifest"), tests)
        for option in ("mp_report", "mp_write_manifest"):
            _writable(config.getoption(option), "--" + option.replace("_", "-"))
        _env_seconds(ENV_WAIT)
        grace = _env_seconds(ENV_GRACE) or watchdog.GRACE
        self.pending = {}
        self.records = []
        self.incomplete = None  # why the run ended before its last test, once it did
        self.reaper = None
        self.pid = os.getpid()
        worker = getattr(config, "workerinput", None)
        if worker is not None:  # a pytest-xdist worker: the controller reads what its watchdog writes
            self.watchdog_dir = worker["mp_watchdog_dir"]
            self.watchdog = watchdog.Watchdog(grace, watchdog.worker_file(self.watchdog_dir, worker["workerid"]))
        else:
            self.watchdog_dir = tempfile.mkdtemp(prefix="mp-conformance-watchdog-")
            self.watchdog = watchdog.Watchdog(grace)

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node):
        """pytest-xdist: tell each worker where its watchdog writes; end what a dead worker leaves running; take SIGTERM."""
        node.workerinput["mp_watchdog_dir"] = self.watchdog_dir
        if self.reaper is None:
            self.reaper = orphans.Reaper()
            self.stop_on_sigterm()
        try:
            self.reaper.add_worker(node.gateway._rinfo().pid)  # cached: pytest-xdist asked for it already
        except Exception:  # another execnet: the worker's descendants go unwatched
            pass

    def _manifests(self, paths, tests):
        found = {b.name: manifest.load(b.manifest, tests) for b in self.backends if b.manifest}
        names = [b.name for b in self.backends]
        for path in paths:
            m = manifest.load(path, tests)
            name = m.backend or (names[0] if len(names) == 1 else None)
            if name is None:
                raise manifest.ManifestError(f"manifest {path}: several backends are selected; say which one it is for with backend = \"NAME\"")
            if name not in names:
                raise manifest.ManifestError(f"manifest {path} is for backend {name!r}, which is not selected (selected: {', '.join(names)})")
            found[name] = m
        return found

    def expectation(self, spec, variant, address):
        m = self.manifests.get(variant.backend.name)
        return m.lookup(spec.id, address, variant.start_method) if m else None

    def add(self, report_, props):
        """Collect one phase of a spec test; the record is complete after teardown or a crash."""
        phases = self.pending.setdefault(report_.nodeid, [])
        phases.append(dict(props, duration=report_.duration))
        if report_.when in ("teardown", "???"):
            self.records.append(_record(report_.nodeid, self.pending.pop(report_.nodeid)))

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report):
        """Records every spec test's phases; a crash report from pytest-xdist becomes the crash verdict."""
        if report.when == "???":  # pytest-xdist: the worker died while running this test
            phases = self.pending.get(report.nodeid)
            if not phases:
                return
            node = getattr(report, "node", None)
            stacks = node and watchdog.expired(self.watchdog_dir, node.gateway.id)
            if stacks:
                raw = verdicts.TIMEOUT
                message = (f"still running {self.watchdog.grace:g} s past its deadline, where pytest-timeout could not"
                           f" interrupt it; the watchdog ended its worker. Its stacks:\n{stacks[:3000]}")
            else:
                raw, message = verdicts.CRASH, f"{report.longrepr}{_how_worker_ended(node)}"
            props = dict(phases[0], raw_verdict=raw, message=message)
            expected = props["expected"]
            if expected and raw in expected["outcomes"]:
                report.outcome = "skipped"
                report.wasxfail = expected["reason"]
                props["verdict"] = verdicts.EXPECTED
            else:
                props["verdict"] = raw
            report.user_properties = list(report.user_properties) + [("mp", props)]
            report.duration = 0.0
        props = _props(report)
        if props is not None:
            self.add(report, props)

    def stop_on_sigterm(self):
        """Make SIGTERM (a CI job's time limit) end the run as Ctrl-C does, so that the report of what finished is
        written. Only pytest-xdist's controller, which runs no tests, takes it: in a process that starts tests'
        children, a SIGTERM that terminate() sends to a child between its fork and its exec (spawn, forkserver)
        would reach this handler's copy and be lost, where the C runtime does not reset it (CPython < 3.10, PyPy)."""
        if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, self._sigterm)

    def _sigterm(self, signum, frame):
        if os.getpid() != self.pid:  # a forked child of the controller
            self.forget_sigterm()
            os.kill(os.getpid(), signum)
            return
        pytest.exit(f"interrupted by {signal.Signals(signum).name}", returncode=pytest.ExitCode.INTERRUPTED)

    def forget_sigterm(self):
        if signal.getsignal(signal.SIGTERM) == self._sigterm:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def pytest_keyboard_interrupt(self, excinfo):
        """Ctrl-C, SIGTERM, collection errors, -x under pytest-xdist: the report says the run is incomplete and why.
        pytest-xdist's workers are interrupted too, as Ctrl-C in a terminal would, rather than left to finish."""
        self.incomplete = str(excinfo.value) or excinfo.typename
        if self.reaper is not None:
            self.reaper.interrupt_workers()


def _take_addresses(config):
    """With --pyargs (which would look for modules of those names), make the test paths that are spec test
    addresses --mp-test options; the whole suite is collected instead, so that test ids print as in a full run."""
    found = [selection.address(a) for a in config.args] if config.option.pyargs else []
    if any(found):
        config.option.mp_test = config.getoption("mp_test") + [a for a in found if a]
        config.args = [a for a, address in zip(config.args, found) if not address] or ["conformance"]


def _how_worker_ended(node):
    """', which exited with status 1' or ', killed by SIGSEGV': what the dead worker's process shows, if anything."""
    try:
        popen = node.gateway._io.popen  # execnet's popen gateway: the worker is this process's child
        code = popen.wait(timeout=1)
    except Exception:  # another execnet or gateway, or still running
        return ""
    if code < 0:
        try:
            return f", killed by {signal.Signals(-code).name}"
        except ValueError:
            return f", killed by signal {-code}"
    return f", which exited with status {code}"


def _writable(path, option):
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


def _record(nodeid, phases):
    verdict = verdicts.worst(p["verdict"] for p in phases)
    worst = next(p for p in phases if p["verdict"] == verdict)
    first = phases[0]
    return {
        "nodeid": nodeid,
        "test": first["test"],
        "spec": first["spec"],
        "area": first["area"],
        "doc": first["doc"],
        "backend": first["backend"],
        "variant": first["variant"],
        "start_method": first["start_method"],
        "verdict": verdict,
        "raw_verdict": worst["raw_verdict"],
        "duration": round(sum(p["duration"] for p in phases), 4),
        "message": worst["message"],
        "expected": worst["expected"],
    }


def pytest_configure(config):
    config.addinivalue_line("markers", "mp_spec(spec): the documented behaviour a spec test encodes (use conformance.marks.spec)")
    # CPython 3.12+ warns at each fork of a process with threads; spec tests run blocking calls in threads of
    # the test process and then fork by design, so the warning (hundreds a run) says nothing about the backend.
    config.addinivalue_line("filterwarnings", r"ignore:This process \(pid=\d+\) is multi-threaded, use of fork\(\):DeprecationWarning")
    try:
        config.stash[RUN] = run = Run(config)
    except (backends.BackendError, manifest.ManifestError, selection.SelectionError) as e:
        raise pytest.UsageError(str(e)) from None
    config.pluginmanager.register(run, "mp-conformance-run")
    leaks.own_shm_names()
    _default_sigint()


def _default_sigint():
    """Give SIGINT Python's default handler where the run inherited it ignored (a shell's background job
    without job control ignores it, and so would every child), since the docs' "by default" assumes it."""
    if hasattr(signal, "SIGINT") and signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_report_header(config):
    run = config.stash.get(RUN, None)
    if run is None:
        return None
    return [f"mp-conformance {conformance.__version__}: "
            + "; ".join(f"{b.name} {b.version} [{', '.join(v.id for v in b.variants)}]" for b in run.backends)]


def pytest_generate_tests(metafunc):
    if "mp_variant" in metafunc.fixturenames:
        chapter = _chapter(metafunc.module.__name__)
        variants = [v for v in metafunc.config.stash[RUN].variants if v.backend.covers(chapter)]
        metafunc.parametrize("mp_variant", variants, ids=[v.id for v in variants])


def _chapter(module_name):
    """'process' for conformance.spec.process.test_join; None for a module outside the spec chapters."""
    parts = module_name.split(".")
    return parts[2] if parts[:2] == ["conformance", "spec"] and len(parts) > 3 else None


@pytest.fixture
def mp_variant():
    """The backend variant under test (metadata: backend, start_method, capabilities)."""
    raise RuntimeError("mp_variant is parametrized by the mp-conformance plugin")


@pytest.fixture
def mp(mp_variant):
    """The multiprocessing API of the variant under test; leaked processes and segments fail the test."""
    api = mp_variant.api()
    watch = leaks.Watch()
    yield api
    watch.check(api)


def _spec(item):
    mark = item.get_closest_marker("mp_spec")
    return mark.args[0] if mark else None


def _variant(item):
    """The variant a spec test runs on; None outside spec tests and for a chapter no selected backend takes
    part in (pytest's placeholder for an empty parameter set)."""
    callspec = getattr(item, "callspec", None)
    variant = callspec.params.get("mp_variant") if callspec else None
    return variant if isinstance(variant, backends.Variant) else None


def _address(item):
    path = Path(item.module.__file__).resolve()
    try:
        path = path.relative_to(_PACKAGE_PARENT)
    except ValueError:
        pass
    return f"{path.as_posix()}::{item.originalname}"


def _test(item):
    """The spec test's stable address with its parameters: conformance/spec/x/test_y.py::test_z[stdlib-fork]."""
    return _address(item) + item.name[len(item.originalname):]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    run = config.stash[RUN]
    uncovered = [i for i in items if "mp_variant" in getattr(i, "fixturenames", ()) and _variant(i) is None]
    if uncovered:  # spec tests of a chapter that none of the selected backends takes part in
        config.hook.pytest_deselected(items=uncovered)
        items[:] = [i for i in items if _variant(i) is not None or "mp_variant" not in getattr(i, "fixturenames", ())]
    if run.selection:
        unwanted = [i for i in items if _spec(i) is None or not run.selection.wants(_spec(i).id, _test(i))]
        if unwanted:
            config.hook.pytest_deselected(items=unwanted)
            items[:] = [i for i in items if _spec(i) is not None and run.selection.wants(_spec(i).id, _test(i))]
    multiplier = config.getoption("mp_timeout_multiplier")
    for item in items:
        spec, variant = _spec(item), _variant(item)
        if spec is None or variant is None:
            continue
        timeout = item.get_closest_marker("timeout")
        base = timeout.args[0] if timeout and timeout.args else config.getoption("mp_timeout")
        item.stash[DEADLINE] = base * multiplier
        item.stash[EXPECT] = run.expectation(spec, variant, _address(item))


def _leave_if_forked(config):
    """End a forked child that came back into pytest: with gevent, fork copies every greenlet, and a child whose
    greenlet blocks resumes another, such as the test's or the worker loop's. It must not run the suite twice."""
    run = config.stash.get(RUN, None)
    if run is not None and os.getpid() != run.pid:
        os._exit(1)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item):
    """Give a spec test its deadline, pytest-timeout's mark, and arm the watchdog for its length (the deadline
    plus the watchdog's grace). The mark is added only now, when pytest-timeout reads it: a mark present at
    collection would be a keyword, and `-k timeout` would select every spec test."""
    _leave_if_forked(item.config)
    run, deadline = item.config.stash.get(RUN, None), item.stash.get(DEADLINE, None)
    if run is None or _spec(item) is None or _variant(item) is None or deadline is None:
        yield
        return
    item.add_marker(pytest.mark.timeout(deadline), append=False)
    run.watchdog.arm(deadline)
    try:
        yield
    finally:
        run.watchdog.disarm()


def pytest_unconfigure(config):
    run = config.stash.get(RUN, None)
    if run is not None:
        run.forget_sigterm()
    if run is not None and hasattr(config, "workerinput"):  # a worker that hangs on its way out is ended
        run.watchdog.arm_exit()
    if run is not None and run.reaper is not None:
        run.reaper.stop()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    spec, variant = _spec(item), _variant(item)
    if variant is not None and spec is None:
        pytest.fail(f"{item.nodeid} uses the mp fixture but has no @conformance.marks.spec(...) mark", pytrace=False)
    if spec is None or variant is None:
        return
    reason = spec.not_applicable(variant)
    if reason:
        raise verdicts.NotApplicable(reason)
    api = variant.api()
    for dotted in spec.api:
        api.lookup(dotted)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """A backend with a prelude runs each spec test in a fresh interpreter of its own."""
    variant = _variant(pyfuncitem)
    if variant is None or not variant.backend.prelude:
        return None
    isolation.call(pyfuncitem, variant)
    return True


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    _leave_if_forked(item.config)
    outcome = yield
    rep = outcome.get_result()
    spec, variant = _spec(item), _variant(item)
    if spec is None or variant is None:
        return
    raw = verdicts.classify(rep, call.excinfo)
    message = _message(rep, call.excinfo)
    if raw == verdicts.NOT_IMPLEMENTED:  # the message names what the backend lacks; the frames are the harness's
        rep.longrepr = message
    if raw in (verdicts.FAIL, verdicts.NOT_IMPLEMENTED) and call.when == "call" and spec.needs:
        # The prerequisites are told outside the test's deadline: one that does not hold may take as long to fail as
        # the test did. The watchdog still bounds them (and the teardown) by the deadline and its grace.
        item.config.hook.pytest_timeout_cancel_timer(item=item)
        item.config.stash[RUN].watchdog.arm(item.stash[DEADLINE])
        blocker = prerequisites.failing(spec, variant)
        if blocker:
            raw, message = verdicts.BLOCKED, _blocked(blocker, message)
            rep.outcome = "skipped"
            rep.longrepr = (str(item.path), (item.reportinfo()[1] or 0) + 1, message)
    entry = item.stash.get(EXPECT, None)
    verdict = _apply(rep, raw, entry, call.when)
    if verdict == verdicts.UNEXPECTED_PASS:
        message = rep.longrepr
    rep.user_properties = list(rep.user_properties) + [("mp", {
        "test": _test(item),
        "spec": spec.id,
        "area": spec.area,
        "doc": spec.doc,
        "backend": variant.backend.name,
        "variant": variant.id,
        "start_method": variant.start_method,
        "verdict": verdict,
        "raw_verdict": raw,
        "message": message,
        "expected": {"outcomes": sorted(entry.outcomes), "reason": entry.describe()} if entry else None,
    })]


def _apply(rep, raw, entry, when):
    """Turn a report into an expected failure or an unexpected pass as the manifest entry says."""
    if entry is None or raw == verdicts.PASS and raw in entry.outcomes:  # an intermittent deviation did not show
        return raw
    if raw in entry.outcomes:
        rep.outcome = "skipped"
        rep.wasxfail = entry.describe()
        return verdicts.EXPECTED
    if raw == verdicts.PASS and when == "call":
        rep.outcome = "failed"
        rep.longrepr = (f"unexpected pass: {entry.where} expects {', '.join(sorted(entry.outcomes))}"
                        f" ({entry.reason}), but the test passed; remove the entry or narrow its conditions")
        return verdicts.UNEXPECTED_PASS
    return raw


def _blocked(blocker, message):
    """The message of a test blocked by a prerequisite that does not hold: which one and why, then its own failure."""
    spec_id, why = blocker
    text = f"blocked by {spec_id}, which does not hold here ({why.strip()}); this test's own failure: {message}"
    return text if len(text) <= 2000 else text[:2000] + "..."


def _message(rep, excinfo):
    if rep.passed:
        return ""
    if excinfo is not None and not excinfo.errisinstance(pytest.skip.Exception):
        text = excinfo.exconly()
    elif isinstance(rep.longrepr, tuple):
        text = rep.longrepr[2]
    else:
        text = str(rep.longrepr)
    return text if len(text) <= 2000 else text[:2000] + "..."


def _props(report_):
    for name, value in getattr(report_, "user_properties", ()):
        if name == "mp":
            return value
    return None


def pytest_report_teststatus(report, config):
    props = _props(report)
    progress = verdicts.BY_NAME[props["verdict"]].progress if props is not None else None
    if progress is None:
        return None
    category, letter, word = progress
    if category is None:
        category = "failed" if report.when == "call" else "error"
    return category, letter, word


def pytest_terminal_summary(terminalreporter, config):
    run = config.stash.get(RUN, None)
    if run is None or not run.records or hasattr(config, "workerinput"):
        return
    terminalreporter.write_sep("=", "mp-conformance: conformance by variant and area")
    for line in report.summary_lines(run.records):
        terminalreporter.write_line(line)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    config = session.config
    _leave_if_forked(config)
    run = config.stash.get(RUN, None)
    if run is None or hasattr(config, "workerinput"):
        return
    if exitstatus == pytest.ExitCode.INTERNAL_ERROR:
        run.incomplete = "an internal error (INTERNALERROR in the run's output)"
    run.incomplete = run.incomplete or session.shouldfail or session.shouldstop or None  # -x, --maxfail
    path = config.getoption("mp_report")
    if path:
        info = report.run_info(run.backends, _selection(config, run), run.incomplete)
        _write(session, "--mp-report", path, lambda: report.write_json(path, info, run.records))
    path = config.getoption("mp_write_manifest")
    if path:
        name = run.backends[0].name
        _write(session, "--mp-write-manifest", path, lambda: manifest.write(path, name, run.records, run.manifests.get(name)))
    shutil.rmtree(run.watchdog_dir, ignore_errors=True)


def _write(session, option, path, write):
    """Call write() and say where it wrote (and what write() returned to say); where it fails, say so in one line and
    fail the run, keeping its results and summary."""
    try:
        said = write()
    except OSError as e:
        session.exitstatus = pytest.ExitCode.INTERNAL_ERROR
        _say(session, f"mp-conformance: {option} {path}: cannot write it: {e.strerror or e}", red=True)
    else:
        _say(session, f"mp-conformance: {option}: wrote {os.path.abspath(path)}" + (f": {said}" if said else ""))


def _say(session, message, red=False):
    terminal = session.config.pluginmanager.get_plugin("terminalreporter")
    if terminal is None:
        print(message, file=sys.stderr)
    else:
        terminal.write_line(message, red=red)


def _selection(config, run):
    """What chose the run's tests, as the report records it; `mp-conformance diff` compares runs of one selection."""
    return {
        "args": list(config.args),
        "keyword": config.getoption("keyword"),
        "markers": config.getoption("markexpr"),
        "deselect": list(config.getoption("deselect") or ()),
        "backends": [b.name for b in run.backends],
        "start_methods": config.getoption("mp_start_method"),
        "specs": run.selection.specs,
        "chapters": run.selection.chapters,
        "tests": run.selection.tests,
    }

"""The run's state as one plugin: its backends, selection and manifests, each spec test's verdict, and the records."""

import os
import shutil
import sys
import tempfile

import pytest

import conformance
from conformance import backends, index, isolation, manifest, options, prerequisites, records, results, selection, verdicts, watchdog

DEADLINE = pytest.StashKey()  # an item's deadline in seconds
EXPECT = pytest.StashKey()  # what the manifest entry covering an item expects, or None


class RenamedSpecId(UserWarning):
    """A manifest or --mp-spec names a spec id as it was before 0.2."""


class Session:
    """One run: the selected backends and variants, their manifests, the selection, the watchdog, the records.

    Registered as a plugin in every process of the run; in pytest-xdist's workers it gives each phase its
    verdict, in the controller (or the only process) it collects the records and writes the outputs.
    """

    def __init__(self, config):
        names = config.getoption("mp_backend") or os.environ.get(options.ENV_BACKEND, "").split() or ["stdlib"]
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
        if not hasattr(config, "workerinput"):  # told once, by the controller
            for text in self.selection.warnings + [w for m in self.manifests.values() for w in m.warnings]:
                config.issue_config_time_warning(RenamedSpecId(text), stacklevel=2)
        for option in ("mp_report", "mp_write_manifest"):
            options.writable(config.getoption(option), "--" + option.replace("_", "-"))
        options.env_seconds(options.ENV_WAIT)
        grace = options.env_seconds(options.ENV_GRACE) or watchdog.GRACE
        self.pending = {}  # nodeid -> the fields of the phases reported so far
        self.records = []
        self.incomplete = None  # why the run ended before its last test, once it did
        self.pid = os.getpid()
        worker = getattr(config, "workerinput", None)
        if worker is not None:  # a pytest-xdist worker: the controller reads what its watchdog writes
            self.watchdog_dir = worker["mp_watchdog_dir"]
            self.watchdog = watchdog.Watchdog(grace, watchdog.worker_file(self.watchdog_dir, worker["workerid"]))
        else:
            self.watchdog_dir = tempfile.mkdtemp(prefix="mp-conformance-watchdog-")
            self.watchdog = watchdog.Watchdog(grace)
        self._worker = worker is not None

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

    def leave_if_forked(self):
        """End a forked child that came back into pytest: with gevent, fork copies every greenlet, and a child whose
        greenlet blocks resumes another, such as the test's or the worker loop's. It must not run the suite twice."""
        if os.getpid() != self.pid:
            os._exit(1)

    # --- collection -----------------------------------------------------------------------------------------------

    def pytest_report_header(self, config):
        return [f"mp-conformance {conformance.__version__}: "
                + "; ".join(f"{b.name} {b.version} [{', '.join(v.id for v in b.variants)}]" for b in self.backends)]

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, config, items):
        uncovered = [i for i in items if "mp_variant" in getattr(i, "fixturenames", ()) and variant_of(i) is None]
        if uncovered:  # spec tests of a chapter that none of the selected backends takes part in
            config.hook.pytest_deselected(items=uncovered)
            items[:] = [i for i in items if variant_of(i) is not None or "mp_variant" not in getattr(i, "fixturenames", ())]
        if self.selection:
            wanted = [i for i in items if spec_of(i) is not None and self.selection.wants(spec_of(i).id, records.test_id(i))]
            if len(wanted) < len(items):
                keep = set(wanted)
                config.hook.pytest_deselected(items=[i for i in items if i not in keep])
                items[:] = wanted
        multiplier = config.getoption("mp_timeout_multiplier")
        for item in items:
            spec, variant = spec_of(item), variant_of(item)
            if spec is None or variant is None:
                continue
            timeout = item.get_closest_marker("timeout")
            base = timeout.args[0] if timeout and timeout.args else config.getoption("mp_timeout")
            item.stash[DEADLINE] = base * multiplier
            m = self.manifests.get(variant.backend.name)
            entry = m.lookup(spec.id, records.address(item), variant.start_method) if m else None
            item.stash[EXPECT] = {"outcomes": sorted(entry.outcomes), "reason": entry.describe()} if entry else None

    # --- one test, in the process that runs it -------------------------------------------------------------------

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_protocol(self, item):
        """Give a spec test its deadline, pytest-timeout's mark, and arm the watchdog for its length (the deadline
        plus the watchdog's grace). The mark is added only now, when pytest-timeout reads it: a mark present at
        collection would be a keyword, and `-k timeout` would select every spec test."""
        self.leave_if_forked()
        deadline = item.stash.get(DEADLINE, None)
        if spec_of(item) is None or variant_of(item) is None or deadline is None:
            yield
            return
        item.add_marker(pytest.mark.timeout(deadline), append=False)
        self.watchdog.arm(deadline)
        try:
            yield
        finally:
            self.watchdog.disarm()

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item):
        spec, variant = spec_of(item), variant_of(item)
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
    def pytest_pyfunc_call(self, pyfuncitem):
        """A backend with a prelude runs each spec test in a fresh interpreter of its own."""
        variant = variant_of(pyfuncitem)
        if variant is None or not variant.backend.prelude:
            return None
        isolation.call(pyfuncitem, variant)
        return True

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        """Give the phase its verdict (blocked by a prerequisite, or as the manifest expects) and attach its fields."""
        self.leave_if_forked()
        rep = (yield).get_result()
        spec, variant = spec_of(item), variant_of(item)
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
            self.watchdog.arm(item.stash[DEADLINE])
            blocker = prerequisites.failing(spec, variant)
            if blocker:
                raw, message = verdicts.BLOCKED, _blocked(blocker, message)
                rep.outcome = "skipped"
                rep.longrepr = (str(item.path), (item.reportinfo()[1] or 0) + 1, message)
        expected = item.stash.get(EXPECT, None)
        verdict = manifest.apply(rep, raw, expected, call.when)
        if verdict == verdicts.UNEXPECTED_PASS:
            message = rep.longrepr
        records.attach(rep, records.phase(item, spec, variant, verdict, raw, message, expected))

    def pytest_report_teststatus(self, report, config):
        fields = records.of(report)
        progress = verdicts.BY_NAME[fields["verdict"]].progress if fields is not None else None
        if progress is None:
            return None
        category, letter, word = progress
        return category or ("failed" if report.when == "call" else "error"), letter, word

    # --- the records and the outputs, in the controller ----------------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report):
        """Collect a spec test's phases; its record is complete after its teardown, or when its worker died in it
        (distributed.py gave that phase its verdict, and it is the last)."""
        fields = records.of(report)
        if fields is None:
            return
        phases = self.pending.setdefault(report.nodeid, [])
        phases.append(dict(fields, duration=report.duration))
        if report.when not in ("setup", "call"):
            self.records.append(records.merge(report.nodeid, self.pending.pop(report.nodeid)))

    def pytest_keyboard_interrupt(self, excinfo):
        """Ctrl-C, SIGTERM, collection errors, -x under pytest-xdist: the report says the run is incomplete and why."""
        self.incomplete = str(excinfo.value) or excinfo.typename

    def pytest_terminal_summary(self, terminalreporter, config):
        if not self.records or self._worker:
            return
        terminalreporter.write_sep("=", "mp-conformance: conformance by variant and chapter")
        for line in results.summary_lines(self.records):
            terminalreporter.write_line(line)

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session, exitstatus):
        self.leave_if_forked()
        if self._worker:
            return
        config = session.config
        if exitstatus == pytest.ExitCode.INTERNAL_ERROR:
            self.incomplete = "an internal error (INTERNALERROR in the run's output)"
        self.incomplete = self.incomplete or session.shouldfail or session.shouldstop or None  # -x, --maxfail
        path = config.getoption("mp_report")
        if path:
            info = results.run_info(self.backends, self._selection(config), self.incomplete)
            _write(session, "--mp-report", path, lambda: results.write_json(path, info, self.records))
        path = config.getoption("mp_write_manifest")
        if path:
            name = self.backends[0].name
            _write(session, "--mp-write-manifest", path,
                   lambda: manifest.write(path, name, self.records, self.manifests.get(name)))
        shutil.rmtree(self.watchdog_dir, ignore_errors=True)

    def pytest_unconfigure(self, config):
        if self._worker:  # a worker that hangs on its way out is ended
            self.watchdog.arm_exit()

    def _selection(self, config):
        """What chose the run's tests, as the report records it; `mp-conformance diff` compares runs of one selection."""
        return {
            "args": list(config.args),
            "keyword": config.getoption("keyword"),
            "markers": config.getoption("markexpr"),
            "deselect": list(config.getoption("deselect") or ()),
            "backends": [b.name for b in self.backends],
            "start_methods": config.getoption("mp_start_method"),
            "specs": self.selection.specs,
            "chapters": self.selection.chapters,
            "tests": self.selection.tests,
        }


def spec_of(item):
    """The Spec of a spec test (its @spec mark); None for any other test."""
    mark = item.get_closest_marker("mp_spec")
    return mark.args[0] if mark else None


def variant_of(item):
    """The variant a spec test runs on; None outside spec tests and for a chapter no selected backend takes
    part in (pytest's placeholder for an empty parameter set)."""
    callspec = getattr(item, "callspec", None)
    variant = callspec.params.get("mp_variant") if callspec else None
    return variant if isinstance(variant, backends.Variant) else None


def _take_addresses(config):
    """With --pyargs (which would look for modules of those names), make the test paths that are spec test
    addresses --mp-test options; the whole suite is collected instead, so that test ids print as in a full run."""
    found = [selection.address(a) for a in config.args] if config.option.pyargs else []
    if any(found):
        config.option.mp_test = config.getoption("mp_test") + [a for a in found if a]
        config.args = [a for a, address in zip(config.args, found) if not address] or ["conformance"]


def _blocked(blocker, message):
    """The message of a test blocked by a prerequisite that does not hold: which one and why, then its own failure."""
    spec_id, why = blocker
    return records.shorten(f"blocked by {spec_id}, which does not hold here ({why.strip()}); this test's own failure: {message}")


def _message(rep, excinfo):
    if rep.passed:
        return ""
    if excinfo is not None and not excinfo.errisinstance(pytest.skip.Exception):
        text = excinfo.exconly()
    elif isinstance(rep.longrepr, tuple):
        text = rep.longrepr[2]
    else:
        text = str(rep.longrepr)
    return records.shorten(text)


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

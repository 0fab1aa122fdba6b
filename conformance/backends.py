"""Backends under test: the built-in ones, registered ones, and any module that mirrors multiprocessing."""

import importlib
import importlib.util
import platform
from pathlib import Path

from conformance import capabilities, executors
from conformance.api import Api

ENTRY_POINT_GROUP = "mp_conformance.backends"
MANIFESTS = Path(__file__).parent / "manifests"


class BackendError(Exception):
    """A backend that cannot be selected; the message says what was asked and what exists."""


class Variant:
    """One way of running a backend: its context for one start method (or the module itself), and its executor API."""

    def __init__(self, backend, start_method, context, caps, futures):
        self.backend = backend
        self.start_method = start_method
        self.context = context
        self.futures = futures
        self.capabilities = frozenset(caps) | ({"mp_context"} if futures is not None and futures.takes_context else set())

    @property
    def id(self):
        return f"{self.backend.name}-{self.start_method}" if self.start_method else self.backend.name

    def api(self):
        return Api(self.context, self.backend.package, self.id, self.futures)

    def __repr__(self):
        return f"<Variant {self.id}>"


class Backend:
    """An implementation under test.

    name: how users select it; package: the import name under which its submodules live
    (`connection`, `queues`, ...), None for an executor-only backend; version: its version string;
    contexts: start method (or None for a single variant) -> object with the multiprocessing API, or
    None for an executor-only backend (one variant, the executor chapter only, futures and caps required);
    caps: start method -> capability names (conformance.capabilities; default: those of OS processes,
    except for an executor-only backend, which must say); manifest: path of its expectations, or None;
    futures: context -> conformance.executors.Futures, the backend's ProcessPoolExecutor API, or None;
    chapters: the spec chapters it takes part in (None: all); alone: why it must be the only backend of a
    run (it patches global state when loaded), or None; prelude: "module:function" that a fresh
    interpreter calls before anything else to run each spec test of this backend in (conformance.isolation;
    the backend must then be found by its name without pytest: built in, an entry point or a module), or None.
    A wrong argument raises BackendError, naming the backend: before the run, a usage error.
    """

    def __init__(self, name, package, version, contexts, caps=None, manifest=None, futures=None, chapters=None,
                 alone=None, prelude=None):
        self.name = name
        self.package = package
        self.version = version
        self.manifest = Path(manifest) if manifest else None
        self.futures = futures
        self.alone = alone
        self.prelude = prelude
        caps = caps or {}
        executor_only = contexts is None
        if executor_only:
            chapters = self._executor_only(futures, caps, chapters)
            contexts = {None: None}
        else:
            self._check_contexts(contexts)
        self._check_caps(contexts, caps)
        self.chapters = tuple(chapters) if chapters is not None else None
        self.variants = [
            Variant(self, method, ctx, caps.get(method, capabilities.of_processes(method)), self._futures(ctx))
            for method, ctx in contexts.items()
        ]
        if executor_only and "mp_context" in self.variants[0].capabilities:
            raise self._error("contexts=None makes an executor-only backend, whose executor takes no multiprocessing"
                              " context: give its Futures context_keyword=None. An executor that takes one is"
                              " declared with its contexts, contexts={'spawn': ...}, and chapters=('executor',)")

    def _executor_only(self, futures, caps, chapters):
        """The chapters of an executor-only backend (contexts=None); refuse what it lacks."""
        if futures is None:
            raise self._error("contexts=None makes an executor-only backend: give its executor API with"
                              " futures=lambda context: conformance.executors.Futures(None, MyExecutor, ...)")
        if chapters is not None and tuple(chapters) != ("executor",):
            raise self._error(f"contexts=None makes an executor-only backend, which runs the executor chapter"
                              f" only; chapters={chapters!r} names others: leave chapters out")
        if set(caps) != {None}:
            raise self._error("contexts=None makes an executor-only backend: say what its workers are, with"
                              " caps={None: conformance.capabilities.of_processes(None)} for OS processes or"
                              " caps={None: conformance.capabilities.of_interpreter()} for threads (or others)")
        return ("executor",)

    def _check_contexts(self, contexts):
        """Refuse contexts that are not a mapping of start methods to contexts."""
        if not isinstance(contexts, dict) or not contexts:
            raise self._error(f"contexts must be a dict of start method (or None) -> context, or None for an"
                              f" executor-only backend; got {contexts!r}")
        for method, ctx in contexts.items():
            if ctx is None:
                raise self._error(f"the context of start method {method!r} is None; an executor-only backend"
                                  " passes contexts=None")

    def _check_caps(self, contexts, caps):
        """Refuse caps of a start method the backend lacks, or naming a capability that cannot be declared."""
        if not isinstance(caps, dict):
            raise self._error(f"caps must be a dict of start method (or None) -> capability names; got {caps!r}")
        extra = [m for m in caps if m not in contexts]
        if extra:
            raise self._error(f"caps names start method {extra[0]!r}, which is not among its contexts"
                              f" ({', '.join(map(repr, contexts))})")
        for names in caps.values():
            try:
                capabilities.check(names, declared=True)
            except ValueError as e:
                raise self._error(f"caps: {e}") from None

    def _futures(self, context):
        if self.futures is None:
            return None
        try:
            return self.futures(context)
        except ValueError as e:
            raise self._error(str(e)) from None

    def _error(self, message):
        return BackendError(f"backend {self.name!r}: {message}")

    def covers(self, chapter):
        """Whether the spec tests of `chapter` (None: a test outside conformance.spec) run on this backend."""
        return self.chapters is None or chapter is None or chapter in self.chapters

    def info(self):
        return {
            "name": self.name,
            "package": self.package,
            "version": self.version,
            "variants": [v.id for v in self.variants],
            "manifest": str(self.manifest) if self.manifest else None,
            "chapters": list(self.chapters) if self.chapters is not None else None,
        }


def from_module(module_name, name=None, manifest=None):
    """A backend from a module that mirrors the multiprocessing package."""
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        raise BackendError(f"backend {module_name!r}: importing it failed: {e}") from None
    except Exception as e:  # a backend's own import-time error must not become a harness traceback
        raise BackendError(f"backend {module_name!r}: importing it raised {type(e).__name__}: {e}") from None
    if hasattr(module, "get_all_start_methods") and hasattr(module, "get_context"):
        contexts = {m: module.get_context(m) for m in module.get_all_start_methods()}
    else:
        contexts = {None: module}
    return Backend(name or module_name, module_name, _version(module), contexts, manifest=manifest or builtin_manifest(module_name),
                   futures=_module_futures(module))


def _module_futures(module):
    """A module's executor API: its attribute `futures`, a module like concurrent.futures (with BrokenProcessPool)."""
    futures = getattr(module, "futures", None)
    if futures is None or not hasattr(futures, "ProcessPoolExecutor"):
        return None
    return lambda context: executors.Futures(context, futures.ProcessPoolExecutor, (futures,))


def stdlib():
    import multiprocessing

    return Backend(
        "stdlib",
        "multiprocessing",
        f"{platform.python_implementation()} {platform.python_version()}",
        {m: multiprocessing.get_context(m) for m in multiprocessing.get_all_start_methods()},
        manifest=builtin_manifest("stdlib-pypy" if platform.python_implementation() == "PyPy" else "stdlib"),
        futures=executors.stdlib,
    )


def dummy():
    import multiprocessing.dummy

    return Backend(
        "dummy",
        "multiprocessing.dummy",
        f"{platform.python_implementation()} {platform.python_version()}",
        {None: multiprocessing.dummy},
        caps={None: capabilities.of_interpreter()},
        manifest=builtin_manifest("dummy"),
    )


def threads():
    """concurrent.futures.ThreadPoolExecutor: executor-only, its workers threads of this process."""
    return Backend(
        "threads",
        None,
        f"{platform.python_implementation()} {platform.python_version()}",
        None,
        caps={None: capabilities.of_interpreter()},
        futures=executors.threads,
        manifest=builtin_manifest("threads"),
    )


def resolve(name, registered):
    """The backend called `name`: registered by the hook, by an entry point (a third party's before a built-in one
    of the same name), or an importable module."""
    for backend in registered:
        if backend.name == name:
            return backend
    for ep in sorted(_entry_points(), key=lambda ep: ep.value.startswith("conformance.")):
        if ep.name == name:
            try:
                backend = ep.load()()
            except BackendError:
                raise
            except Exception as e:
                raise BackendError(f"backend {name!r}: its entry point {ep.value!r} failed: {type(e).__name__}: {e}") from None
            if not isinstance(backend, Backend):
                raise BackendError(f"backend {name!r}: entry point {ep.value!r} returned {backend!r}, not a conformance.backends.Backend")
            return backend
    if importlib.util.find_spec(_top(name)) is None:
        known = sorted({*(b.name for b in registered), *(ep.name for ep in _entry_points())})
        raise BackendError(
            f"unknown backend {name!r}: it is neither a known backend ({', '.join(known)})"
            " nor an importable module. Give a built-in or registered name, or the import name"
            " of a module that mirrors the multiprocessing package."
        )
    return from_module(name)


def narrow(backend, start_methods):
    """Keep the variants of `backend` whose start method is in `start_methods` (all when empty); a backend
    left with none (one without start methods, such as dummy, is always) is refused, naming its variants."""
    if not start_methods:
        return backend
    kept = [v for v in backend.variants if v.start_method in start_methods]
    if not kept:
        variants = ", ".join(repr(v.id) for v in backend.variants)
        raise BackendError(
            f"backend {backend.name!r} has no start method {', '.join(map(repr, start_methods))}; its variants: {variants}"
            + (" (it has no start methods: run it without --mp-start-method)"
               if [v.start_method for v in backend.variants] == [None] else "")
        )
    backend.variants = kept
    return backend


def _top(name):
    return name.split(".", 1)[0]


def _version(module):
    version = getattr(module, "__version__", None)
    if version:
        return str(version)
    try:
        from importlib import metadata

        return metadata.version(_top(module.__name__))
    except Exception:
        return f"unknown (Python {platform.python_version()})"


def _entry_points():
    from importlib import metadata

    eps = metadata.entry_points()
    if hasattr(eps, "select"):
        return list(eps.select(group=ENTRY_POINT_GROUP))
    return list(eps.get(ENTRY_POINT_GROUP, ()))


def builtin_manifest(name):
    path = MANIFESTS / f"{name}.toml"
    return path if path.exists() else None

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
    """One way of running a backend: its context for one start method (or the module itself)."""

    def __init__(self, backend, start_method, context, caps):
        self.backend = backend
        self.start_method = start_method
        self.context = context
        self.capabilities = frozenset(caps)

    @property
    def id(self):
        return f"{self.backend.name}-{self.start_method}" if self.start_method else self.backend.name

    def api(self):
        futures = self.backend.futures(self.context) if self.backend.futures else None
        return Api(self.context, self.backend.package, self.id, futures)

    def __repr__(self):
        return f"<Variant {self.id}>"


class Backend:
    """An implementation under test.

    name: how users select it; package: the import name under which its submodules live
    (`connection`, `queues`, ...); version: its version string; contexts: start method (or
    None for a single variant) -> object with the multiprocessing API (None for an executor-only
    backend); caps: start method -> capability names (default: those of OS processes); manifest:
    path of its expectations, or None; futures: context -> conformance.executors.Futures, the
    backend's ProcessPoolExecutor API, or None; chapters: the spec chapters it takes part in
    (None: all; an executor-only backend: ("executor",)); alone: why it must be the only backend of a
    run (it patches global state when loaded), or None; prelude: "module:function" that a fresh
    interpreter calls before anything else to run each spec test of this backend in (conformance.isolation;
    the backend must then be found by its name without pytest: built in, an entry point or a module), or None.
    """

    def __init__(self, name, package, version, contexts, caps=None, manifest=None, futures=None, chapters=None,
                 alone=None, prelude=None):
        self.name = name
        self.package = package
        self.version = version
        self.manifest = Path(manifest) if manifest else None
        self.futures = futures
        self.chapters = tuple(chapters) if chapters is not None else None
        self.alone = alone
        self.prelude = prelude
        caps = caps or {}
        self.variants = [
            Variant(self, method, ctx, caps.get(method, capabilities.of_processes(method)))
            for method, ctx in contexts.items()
        ]

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


BUILTIN = {"stdlib": stdlib, "dummy": dummy}


def resolve(name, registered):
    """The backend called `name`: registered (hook or entry point), built in, or an importable module."""
    for backend in registered:
        if backend.name == name:
            return backend
    for ep in _entry_points():
        if ep.name == name:
            try:
                backend = ep.load()()
            except Exception as e:
                raise BackendError(f"backend {name!r}: its entry point {ep.value!r} failed: {type(e).__name__}: {e}") from None
            if not isinstance(backend, Backend):
                raise BackendError(f"backend {name!r}: entry point {ep.value!r} returned {backend!r}, not a conformance.backends.Backend")
            return backend
    if name in BUILTIN:
        return BUILTIN[name]()
    from conformance.adapters import ADAPTERS

    if name in ADAPTERS:
        return ADAPTERS[name]()
    if importlib.util.find_spec(_top(name)) is None:
        known = sorted({*BUILTIN, *ADAPTERS, *(b.name for b in registered), *(ep.name for ep in _entry_points())})
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

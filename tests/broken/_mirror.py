"""Builds a broken backend: stdlib multiprocessing with some context attributes or submodules replaced."""

import importlib
import sys
import types

import multiprocessing
from multiprocessing import connection, reduction, util

SUBMODULES = (
    "connection", "context", "dummy", "heap", "managers", "pool", "process", "queues", "reduction",
    "shared_memory", "sharedctypes", "spawn", "synchronize", "util",
)


class Context:
    """A stdlib context whose attributes named in the backend's overrides are replaced."""

    def __init__(self, module_name, method, overrides):
        self._module_name = module_name
        self._method = method
        self._base = multiprocessing.get_context(method)
        self._overrides = overrides

    def __getattr__(self, name):
        if name in self._overrides:
            return self._overrides[name](self._base)
        return getattr(self._base, name)

    def get_start_method(self, allow_none=False):
        return self._method

    def __reduce__(self):
        return _context, (self._module_name, self._method)


def _context(module_name, method):
    return importlib.import_module(module_name).get_context(method)


def install(module_name, submodules=None, **overrides):
    """Make module `module_name` a backend: stdlib, with context attributes from `overrides`.

    Each override is a function taking the stdlib context of a start method and returning
    the replacement attribute. `submodules` maps a submodule name to its replacement.
    """
    module = sys.modules[module_name]
    for name in SUBMODULES:
        try:
            setattr(module, name, importlib.import_module(f"multiprocessing.{name}"))
        except ImportError:
            pass
    for name, replacement in (submodules or {}).items():
        setattr(module, name, replacement)
    module.get_all_start_methods = multiprocessing.get_all_start_methods
    module.get_start_method = multiprocessing.get_start_method
    module.set_start_method = multiprocessing.set_start_method
    module.get_context = lambda method=None: Context(module_name, method or multiprocessing.get_start_method(), overrides)
    module.__getattr__ = lambda name: _module_level(module, name)
    if not hasattr(module, "futures"):  # stdlib's executor, which a broken executor replaces with its own
        module.futures = patched_futures()


def _module_level(module, name):
    """multiprocessing's module-level names (freeze_support, Lock, ...) as the backend's module gives them: its default
    context's, as code run in a fresh interpreter uses them."""
    if name not in multiprocessing.__all__:
        raise AttributeError(f"module {module.__name__!r} has no attribute {name!r}")
    return getattr(module.get_context(), name)


def patched_module(base, **attrs):
    """A copy of module `base` with `attrs` replaced, for breaking a submodule such as connection."""
    copy = types.ModuleType(base.__name__)
    copy.__dict__.update(base.__dict__)
    copy.__dict__.update(attrs)
    return copy


def process_classes(module_name, mixin):
    """An override for Process: per start method, a picklable subclass of that context's Process with `mixin` first.

    Each keeps the stdlib class's __name__ (so default names stay 'ForkProcess-N'); pickle finds it by
    its __qualname__, the module attribute it is stored under.
    """
    module = sys.modules[module_name]
    classes = {}
    for method in multiprocessing.get_all_start_methods():
        base = multiprocessing.get_context(method).Process
        name = f"{mixin.__name__}_{method}"
        cls = type(base.__name__, (mixin, base), {"__module__": module_name, "__qualname__": name})
        setattr(module, name, cls)
        classes[method] = cls
    return lambda ctx: classes[ctx.get_start_method()]


def pipe(cls, transferable=True):
    """An override for Pipe: both ends are of `cls`, a Connection subclass (registered by connection_class(), so that
    a child gets one too, unless not `transferable`: then pickling an end is left to `cls`)."""
    if transferable:
        connection_class(cls)

    def override(ctx):
        def Pipe(duplex=True):
            ends = ctx.Pipe(duplex)
            for end in ends:
                end.__class__ = cls
            return ends
        return Pipe
    return override


def connection_class(cls):
    """Pickle connections of `cls`, a Connection subclass, as connections of `cls` with the same attributes: the broken
    class reaches a process they are sent to, a spawn or forkserver child among them (the stdlib's reducer makes them
    Connections there)."""
    reduction.register(cls, _reduce_connection)


def _reduce_connection(conn):
    state = {name: value for name, value in vars(conn).items() if name != "_handle"}
    return _rebuild_connection, (type(conn), reduction.DupFd(conn._handle), state)


def _rebuild_connection(cls, dup, state):
    conn = connection.Connection(dup.detach())
    conn.__class__ = cls
    vars(conn).update(state)
    return conn


def process_local(module_name, stdlib_class):
    """An override for a SemLock (Lock, RLock, Semaphore, BoundedSemaphore) that is not shared: each child process it
    reaches, forked or unpickled (spawn, forkserver), gets its own, as `stdlib_class` makes it anew.

    The class, ProcessLocal<name>, is stored in module `module_name`, where pickle finds it.
    """
    class ProcessLocal(stdlib_class):
        def __init__(self, *args, ctx):
            super().__init__(*args, ctx=ctx)
            self._fresh = args, ctx.get_start_method()
            util.register_after_fork(self, type(self)._renew)

        def __getstate__(self):
            return super().__getstate__(), self._fresh

        def __setstate__(self, state):
            super().__setstate__(state[0])
            self._fresh = state[1]
            self._renew()

        def _renew(self):
            args, method = self._fresh
            self._semlock = stdlib_class(*args, ctx=multiprocessing.get_context(method))._semlock
            self._make_methods()

    name = f"ProcessLocal{stdlib_class.__name__}"
    ProcessLocal.__name__ = ProcessLocal.__qualname__ = name
    ProcessLocal.__module__ = module_name
    setattr(sys.modules[module_name], name, ProcessLocal)
    return lambda ctx: lambda *args: ProcessLocal(*args, ctx=ctx)


class Acquirer:
    """A lock or semaphore, factory(*args), served by a manager: a subclass redefines acquire(); the rest is the lock's."""

    def __init__(self, factory, *args):
        self._lock = factory(*args)

    def __getattr__(self, name):
        return getattr(self._lock, name)


def executor_with_futures(future_class):
    """A ProcessPoolExecutor whose futures (from submit, so also map) are of `future_class`."""
    import concurrent.futures

    class Executor(concurrent.futures.ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):
            future = super().submit(fn, *args, **kwargs)
            future.__class__ = future_class
            return future

    return Executor


def patched_futures(**attrs):
    """concurrent.futures (plus BrokenProcessPool) with `attrs` replaced: a broken backend's `futures` attribute."""
    import concurrent.futures
    import concurrent.futures.process

    return patched_module(concurrent.futures, **{"BrokenProcessPool": concurrent.futures.process.BrokenProcessPool, **attrs})


def pool_results(module_name, result_class):
    """Install a Pool whose apply_async (and apply) results are of the broken `result_class` (an ApplyResult)."""
    from multiprocessing import pool

    class BrokenResultPool(pool.Pool):
        def apply_async(self, *args, **kwargs):
            result = super().apply_async(*args, **kwargs)
            result.__class__ = result_class
            return result

        def apply(self, func, args=(), kwds={}):
            return super().apply_async(func, args, kwds).get()

    install(module_name, Pool=lambda ctx: lambda *args, **kwargs: BrokenResultPool(*args, context=ctx, **kwargs))


def pool_mixins(module_name, results, iterators=None):
    """Install a Pool whose results (of apply_async, apply, map_async, map, starmap...) have the class `results` first
    among their bases, and whose imap() iterators (chunksize 1) the class `iterators`, if given."""
    from multiprocessing import pool

    def mixed(mixin, base):
        return type(base.__name__, (mixin, base), {}) if mixin else base

    apply_result, map_result = mixed(results, pool.ApplyResult), mixed(results, pool.MapResult)
    imap_iterator = mixed(iterators, pool.IMapIterator)

    class MixinPool(pool.Pool):
        def apply_async(self, *args, **kwargs):
            result = super().apply_async(*args, **kwargs)
            result.__class__ = apply_result
            return result

        def _map_async(self, *args, **kwargs):
            result = super()._map_async(*args, **kwargs)
            result.__class__ = map_result
            return result

        def imap(self, *args, **kwargs):
            iterator = super().imap(*args, **kwargs)
            if type(iterator) is pool.IMapIterator:
                iterator.__class__ = imap_iterator
            return iterator

    install(module_name, Pool=lambda ctx: lambda *args, **kwargs: MixinPool(*args, context=ctx, **kwargs))


def syncmanager(module_name, registrations):
    """Install a Manager() that is a SyncManager with its typeids in `registrations` ({typeid: (callable, proxytype)})
    registered anew; the class is stored in module `module_name` as SyncManager, where pickle finds it (spawn and
    forkserver start the manager's server with it)."""
    from multiprocessing import managers

    SyncManager = type("SyncManager", (managers.SyncManager,), {"__module__": module_name})
    sys.modules[module_name].SyncManager = SyncManager

    for typeid, (factory, proxytype) in registrations.items():
        SyncManager.register(typeid, factory, proxytype)

    install(module_name, Manager=started(SyncManager))


def started(cls):
    """An override of Manager for install(): Manager() starts a `cls` on the variant's context (a manager class that
    the broken backend defines at module level, where pickle finds it: spawn and forkserver start its server with it)."""
    def override(ctx):
        def Manager():
            manager = cls(ctx=ctx.get_context())
            manager.start()
            return manager
        return Manager
    return override

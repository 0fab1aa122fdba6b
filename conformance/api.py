"""The `mp` object a spec test gets: one backend variant's multiprocessing API, picklable into children."""

import importlib
import types

from conformance.verdicts import NotImplementedByBackend


class Api:
    """A context's attributes first, then the backend package's submodules (`mp.connection`).

    `futures` is the variant's executor API (conformance.executors.Futures), when the backend has one;
    it stays in the parent: an Api pickled into a child has none.
    """

    def __init__(self, context, package, label, futures=None):
        self._context = context
        self._package = package
        self._label = label
        if futures is not None:
            self.futures = futures

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name == "futures":
            raise NotImplementedByBackend(f"{self._label} has no ProcessPoolExecutor (concurrent.futures API)")
        if self._context is None:
            raise NotImplementedByBackend(f"{self._label} is an executor only; it lacks {name}")
        try:
            return getattr(self._context, name)
        except AttributeError:
            pass
        value = _submodule(self._package, name)
        if value is None:
            raise NotImplementedByBackend(f"{self._label} lacks {name}")
        setattr(self, name, value)
        return value

    @property
    def package(self):
        """The import name of the backend's package: what code run in a fresh interpreter imports."""
        return self._package

    def lookup(self, dotted):
        """Resolve 'Process.kill' on this API; raise NotImplementedByBackend naming what is missing."""
        obj = self
        for i, part in enumerate(dotted.split(".")):
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise NotImplementedByBackend(f"{self._label} lacks {'.'.join(dotted.split('.')[: i + 1])}") from None
        return obj

    def __repr__(self):
        return f"<mp API of {self._label}>"

    def __reduce__(self):
        context = self._context
        if isinstance(context, types.ModuleType):
            context = context.__name__
        return _restore, (context, self._package, self._label)


def _submodule(package, name):
    try:
        return importlib.import_module(f"{package}.{name}")
    except ModuleNotFoundError as e:
        if e.name not in (f"{package}.{name}", package):
            raise
    return getattr(importlib.import_module(package), name, None)


def _restore(context, package, label):
    if isinstance(context, str):
        context = importlib.import_module(context)
    return Api(context, package, label)

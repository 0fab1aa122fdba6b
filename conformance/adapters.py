"""Backends that do not mirror the multiprocessing package and need a few lines to be run: loky, torch."""

import concurrent.futures

from conformance import executors
from conformance.backends import Backend, BackendError, builtin_manifest


def loky():
    """joblib's loky: its contexts 'loky' and 'loky_init_main' (in loky.backend) and its ProcessPoolExecutor."""
    lib = _import("loky")
    import loky.backend
    import loky.process_executor

    contexts = {m: loky.backend.get_context(m) for m in ("loky", "loky_init_main")}

    def futures(context):
        modules = (lib, loky.process_executor, concurrent.futures)
        return executors.Futures(context, lib.ProcessPoolExecutor, modules, context_keyword="context")

    return Backend("loky", "loky.backend", lib.__version__, contexts, futures=futures, manifest=builtin_manifest("loky"))


def torch():
    """torch.multiprocessing: stdlib's contexts and submodules, with torch's reductions registered on import."""
    lib = _import("torch")
    import torch.multiprocessing

    methods = torch.multiprocessing.get_all_start_methods()
    return Backend("torch", "multiprocessing", f"torch {lib.__version__}",
                   {m: torch.multiprocessing.get_context(m) for m in methods},
                   futures=executors.stdlib, manifest=builtin_manifest("torch"))


def _import(name):
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as e:
        raise BackendError(f"backend {name!r} is not installed here ({e}); install it, e.g. pip install {name}") from None


ADAPTERS = {"loky": loky, "torch": torch}

"""Backends that do not mirror the multiprocessing package and need a few lines to be run: loky, torch, ray, gevent."""

import atexit
import concurrent.futures
import os
import shutil
import socket
import subprocess
import sys
import tempfile

from conformance import capabilities, executors, procs
from conformance.backends import Backend, BackendError, builtin_manifest, stdlib


def loky():
    """joblib's loky: its contexts 'loky' and 'loky_init_main' (in loky.backend) and its ProcessPoolExecutor."""
    lib = _import("loky")
    import loky.backend
    import loky.process_executor

    contexts = {m: loky.backend.get_context(m) for m in ("loky", "loky_init_main")}

    def futures(context):
        # loky's Future is its own subclass of concurrent.futures'; the rest it re-exports from there
        return executors.Futures(context, lib.ProcessPoolExecutor, (lib, concurrent.futures), context_keyword="context",
                                 Future=lib.Future)

    return Backend("loky", "loky.backend", lib.__version__, contexts, futures=futures, manifest=builtin_manifest("loky"))


def torch():
    """torch.multiprocessing: stdlib's contexts and submodules, with torch's reductions registered on import."""
    lib = _import("torch")
    import torch.multiprocessing

    methods = torch.multiprocessing.get_all_start_methods()
    return Backend("torch", "multiprocessing", lib.__version__,
                   {m: torch.multiprocessing.get_context(m) for m in methods},
                   futures=executors.stdlib, manifest=builtin_manifest("torch"),
                   alone="importing torch.multiprocessing registers torch's reductions with multiprocessing's ForkingPickler")


RAY_CPUS = 8  # logical CPUs of the local Ray head: room for the chapter's largest pools (5) beside another test's


def ray():
    """Ray's drop-in Pool (ray.util.multiprocessing), on the pool chapter, on a Ray head on loopback.

    Unless RAY_ADDRESS names a cluster already, the first process that selects the backend starts a
    head of its own (num_cpus bounded, no dashboard, its own temporary directory) and stops it when it
    exits; the processes that run the tests (pytest-xdist's workers) inherit RAY_ADDRESS. The pool's
    workers are Ray actors, not children of the test process: no `processes` capability.
    """
    lib = _import("ray")
    import ray.util.multiprocessing as ray_multiprocessing

    if "RAY_ADDRESS" not in os.environ:
        os.environ["RAY_ADDRESS"] = _start_ray_head()
    return Backend("ray", "ray.util.multiprocessing", lib.__version__, {None: ray_multiprocessing},
                   caps={None: capabilities.of_interpreter()}, chapters=("pool",), manifest=builtin_manifest("ray"))


def _start_ray_head():
    """Start a local Ray head on 127.0.0.1, detached from this process (so no test counts its processes
    as its own children); stop it at exit. Return its address."""
    temp = tempfile.mkdtemp(prefix="mpc-ray-")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "ray.scripts.scripts", "start", "--head", "--node-ip-address=127.0.0.1",
           f"--port={port}", f"--num-cpus={RAY_CPUS}", "--include-dashboard=false", "--disable-usage-stats",
           f"--object-store-memory={100 * 2**20}", f"--temp-dir={temp}"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180, start_new_session=True)
    except subprocess.TimeoutExpired:
        proc = None
    atexit.register(_stop_ray_head, temp)
    if proc is None or proc.returncode != 0:
        output = "did not finish within 180 s" if proc is None else f"exited {proc.returncode}: {proc.stderr[-2000:]}"
        raise BackendError(f"backend 'ray': starting a local Ray head failed: {' '.join(cmd[3:])} {output}")
    return f"127.0.0.1:{port}"


def _stop_ray_head(temp):
    """End every process of the Ray head whose temporary directory is `temp`."""
    import psutil

    procs.end([p for p in psutil.process_iter(["cmdline"]) if any(temp in arg for arg in p.info["cmdline"] or ())], 10)
    shutil.rmtree(temp, ignore_errors=True)


def _import(name):
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as e:
        raise BackendError(f"backend {name!r} is not installed here ({e}); install it, e.g. pip install {name}") from None


def gevent():
    """stdlib multiprocessing as a gevent application runs it: each test in a fresh process that called
    gevent.monkey.patch_all() first (conformance.isolation), so this process and other backends stay unpatched."""
    lib = _import("gevent")
    std = stdlib()
    return Backend("gevent", std.package, f"{lib.__version__} (monkey.patch_all) on {std.version}",
                   {v.start_method: v.context for v in std.variants}, futures=std.futures,
                   manifest=builtin_manifest("gevent"), prelude="gevent.monkey:patch_all")


"""A Python interpreter not started by multiprocessing that uses a block, as a subprocess or a standalone program would."""

import importlib
import subprocess
import sys

from conformance.spec.support import WAIT


def run(mp, action, name):
    """Run `action` on block `name` in a fresh interpreter that imports the backend; return its stderr."""
    code = "import sys; from conformance.spec.shared_memory import foreign; foreign.main(*sys.argv[1:])"
    proc = subprocess.run([sys.executable, "-c", code, mp.package, action, name],
                          capture_output=True, text=True, timeout=WAIT)
    assert proc.returncode == 0, f"expected the interpreter doing {action!r} to exit with 0; got {proc.returncode}: {proc.stderr[-2000:]}"
    return proc.stderr


def _shared_memory(package):
    try:
        return importlib.import_module(f"{package}.shared_memory")
    except ModuleNotFoundError:
        return importlib.import_module(package).shared_memory


def main(package, action, name):
    """In the fresh interpreter: create block `name`, or attach to it (tracked or not); write b"seen"; close; exit."""
    shared_memory = _shared_memory(package)
    if action == "create":
        shm = shared_memory.SharedMemory(name, create=True, size=4)
    elif action == "attach":
        shm = shared_memory.SharedMemory(name)
    else:  # "attach-untracked"
        shm = shared_memory.SharedMemory(name, track=False)
    shm.buf[:4] = b"seen"
    shm.close()

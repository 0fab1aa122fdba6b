"""Broken: SharedMemoryManager.ShareableList(sequence) holds the values of sequence in reverse order."""

from multiprocessing import managers as stdlib_managers

from tests.broken import _mirror

BREAKS = {"shared_memory.sharedmemorymanager.shareablelist"}


class SharedMemoryManager(stdlib_managers.SharedMemoryManager):
    def ShareableList(self, sequence):
        return super().ShareableList(list(sequence)[::-1])


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(stdlib_managers, SharedMemoryManager=SharedMemoryManager)})

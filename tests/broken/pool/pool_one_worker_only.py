"""Broken: Pool starts a single worker process, whatever `processes` says."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {
    "pool.processes.default_cpu_count",
    "pool.processes.default_process_cpu_count",
    "pool.apply_async.may_use_more_processes",
    "pool.initializer.every_worker",
    "pool.example.timeout_usable",
    "pool.imap.lazy_ordered",
    "pool.map_async.callback",  # its item 0 is held until two others have run
}


class OneWorkerPool(pool.Pool):
    def __init__(self, processes=None, *args, **kwargs):
        super().__init__(1 if processes is None or processes >= 1 else processes, *args, **kwargs)


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: OneWorkerPool(*args, context=ctx, **kwargs))

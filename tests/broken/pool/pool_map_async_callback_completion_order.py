"""Broken: Pool.map_async() calls callback with the results in the order they finished, not in input order."""

from multiprocessing import pool

from tests.broken import _mirror

BREAKS = {"pool.map_async.callback"}


class CompletionOrderPool(pool.Pool):
    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        result = super().map_async(func, iterable, chunksize, error_callback=error_callback)
        if callback is not None:
            finished, set_chunk = [], result._set

            def _set(i, success_result):
                success, values = success_result
                if success:
                    finished.extend(values)
                set_chunk(i, success_result)
                if result.ready() and result.successful():
                    callback(finished)

            result._set = _set
        return result


_mirror.install(__name__, Pool=lambda ctx: lambda *args, **kwargs: CompletionOrderPool(*args, context=ctx, **kwargs))

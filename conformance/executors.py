"""The concurrent.futures process-executor API of a backend variant (`mp.futures`)."""

import functools


class Futures:
    """`concurrent.futures` names of one variant; its ProcessPoolExecutor starts workers with the variant's context.

    context: what the executor's `context_keyword` argument (its name for mp_context) gets unless a
    test passes mp_context (a test that passes `mp_context=None` gets the backend's default); executor: the
    ProcessPoolExecutor class; modules: where the other names (BrokenProcessPool,
    TimeoutError, wait, ...) are looked up, in order.
    """

    def __init__(self, context, executor, modules, context_keyword="mp_context"):
        self._context = context
        self._executor = executor
        self._modules = modules
        self._keyword = context_keyword

    def ProcessPoolExecutor(self, *args, **kwargs):
        """The backend's executor; spec tests pass every argument but max_workers by keyword."""
        return self.factory(**kwargs)(*args)

    def factory(self, **kwargs):
        """A picklable callable making the backend's executor with `kwargs`, for a child process that runs one."""
        if "mp_context" in kwargs and self._keyword != "mp_context":
            kwargs[self._keyword] = kwargs.pop("mp_context")
        kwargs.setdefault(self._keyword, self._context)
        return functools.partial(self._executor, **kwargs)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        for module in self._modules:
            if hasattr(module, name):
                return getattr(module, name)
        raise AttributeError(f"the executor API has no {name}")

    def __repr__(self):
        return f"<futures API of {self._executor.__module__}.{self._executor.__qualname__}>"


def stdlib(context):
    """concurrent.futures.ProcessPoolExecutor over the stdlib `context`."""
    import concurrent.futures
    import concurrent.futures.process

    return Futures(context, concurrent.futures.ProcessPoolExecutor, (concurrent.futures, concurrent.futures.process))

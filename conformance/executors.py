"""The concurrent.futures process-executor API of a backend variant (`mp.futures`)."""

import functools

# The names of concurrent.futures that spec tests take from `mp.futures`, besides ProcessPoolExecutor.
NAMES = ("BrokenExecutor", "BrokenProcessPool", "CancelledError", "FIRST_COMPLETED", "FIRST_EXCEPTION", "Future",
         "TimeoutError", "as_completed", "wait")


class Futures:
    """`concurrent.futures` names of one variant; its ProcessPoolExecutor starts workers with the variant's context.

    context: what the executor's `context_keyword` argument (its name for mp_context) gets unless a
    test passes mp_context (a test that passes `mp_context=None` gets the backend's default);
    context_keyword None: the executor takes no multiprocessing context (context must be None), and the
    spec tests of mp_context are not applicable to it. executor: the ProcessPoolExecutor class.
    modules: where each of NAMES is looked up; a name that two of them give as different objects is refused
    (their order decides nothing): pick one with names, e.g. `wait=concurrent.futures.wait`.
    names: NAMES given directly, taking precedence over the modules.
    Wrong use raises ValueError (conformance.backends makes it a BackendError naming the backend).
    """

    def __init__(self, context, executor, modules=(), context_keyword="mp_context", **names):
        unknown = sorted(set(names) - set(NAMES))
        if unknown:
            raise ValueError(f"Futures() got {unknown[0]}=..., which the suite does not use; its names: {', '.join(NAMES)}")
        if context_keyword is None and context is not None:
            raise ValueError(f"Futures() got context {context!r} with context_keyword=None (an executor that takes"
                             " no multiprocessing context): pass None as its context")
        self._context = context
        self._executor = executor
        self._keyword = context_keyword
        self._names = {}
        for name in NAMES:
            if name in names:
                self._names[name] = names[name]
                continue
            found = [(m, getattr(m, name)) for m in modules if hasattr(m, name)]
            if len({id(value) for _, value in found}) > 1:
                given = "; ".join(f"{getattr(m, '__name__', m)}.{name} is {value!r}" for m, value in found)
                raise ValueError(f"Futures(): modules give different objects for {name} ({given}); say which the"
                                 f" suite is to use with Futures(..., {name}=...)")
            if found:
                self._names[name] = found[0][1]

    @property
    def takes_context(self):
        """Whether the executor takes a multiprocessing context (mp_context) that launches its workers."""
        return self._keyword is not None

    def ProcessPoolExecutor(self, *args, **kwargs):
        """The backend's executor; spec tests pass every argument but max_workers by keyword."""
        return self.factory(**kwargs)(*args)

    def factory(self, **kwargs):
        """A picklable callable making the backend's executor with `kwargs`, for a child process that runs one."""
        if self._keyword is None:
            if "mp_context" in kwargs:
                raise ValueError(f"{self!r} takes no mp_context: a spec test passing one must declare"
                                 " requires=('mp_context',)")
            return functools.partial(self._executor, **kwargs)
        if "mp_context" in kwargs and self._keyword != "mp_context":
            kwargs[self._keyword] = kwargs.pop("mp_context")
        kwargs.setdefault(self._keyword, self._context)
        return functools.partial(self._executor, **kwargs)

    def __getattr__(self, name):
        if name.startswith("__") or name not in NAMES:
            raise AttributeError(name)
        try:
            return self._names[name]
        except KeyError:
            raise AttributeError(f"the executor API has no {name}") from None

    def __repr__(self):
        return f"<futures API of {self._executor.__module__}.{self._executor.__qualname__}>"


def stdlib(context):
    """concurrent.futures.ProcessPoolExecutor over the stdlib `context`."""
    import concurrent.futures
    import concurrent.futures.process

    return Futures(context, concurrent.futures.ProcessPoolExecutor, (concurrent.futures,),
                   BrokenProcessPool=concurrent.futures.process.BrokenProcessPool)


def threads(context):
    """concurrent.futures.ThreadPoolExecutor, which takes no context: the executor analogue of multiprocessing.dummy.

    Its pool breaks with BrokenThreadPool, the thread pool's analogue of BrokenProcessPool (both BrokenExecutor)."""
    import concurrent.futures
    import concurrent.futures.thread

    return Futures(context, concurrent.futures.ThreadPoolExecutor, (concurrent.futures,), context_keyword=None,
                   BrokenProcessPool=concurrent.futures.thread.BrokenThreadPool)

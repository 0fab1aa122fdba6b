"""Broken: Process() rejects group=None, accepts daemon positionally, ignores name, drops list args and kwargs,
passes (None,) by default, and without a target runs one that raises."""

from tests.broken import _mirror

BREAKS = {
    "process.ctor.target_default_none",
    "process.ctor.args_default_empty",
    "process.ctor.args_list_or_tuple",
    "process.ctor.daemon_kwonly",
    "process.ctor.group_must_be_none",
    "process.ctor.kwargs_default",
    "process.run.direct_call_in_caller",
    "process.run.invokes_target",
}


def _no_target(*args, **kwargs):
    raise RuntimeError("there is no target")


class MishandledArguments:
    def __init__(self, *positional, **keywords):
        if "group" in keywords:
            raise TypeError("__init__() got an unexpected keyword argument 'group'")
        keywords.update(zip(("group", "target", "name", "args", "kwargs", "daemon"), positional))
        args = keywords.get("args", (None,))
        keywords["args"] = args if isinstance(args, tuple) else ()
        keywords["kwargs"] = {}
        keywords["name"] = None
        if keywords.get("target") is None:
            keywords["target"] = _no_target
        super().__init__(**keywords)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, MishandledArguments))

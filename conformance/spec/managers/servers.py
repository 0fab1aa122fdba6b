"""Managers built for a test, and their server processes, always shut down and reaped; what a test with one needs."""

import contextlib

from conformance.spec import support
from conformance.spec.managers import targets

# What a test that starts a manager's server (start(), a with statement, Manager(), serve_forever()) cannot do without
# (@spec(..., needs=MANAGER)): that Manager() returns a started manager, serving from a new process.
MANAGER = ("managers.manager.returns_started",)
# And what one that finds the server process among mp.active_children() (started(), new_children()) needs as well.
FOUND = ("process.active_children.returns",)


def manager(mp, name, **kwargs):
    """An instance of targets' manager class `name`, built on the backend's BaseManager, serving with the variant's context."""
    return targets.manager_class(mp.managers.BaseManager, name)(ctx=mp.get_context(), **kwargs)


def new_children(mp, before):
    """The children of this process that are not in `before`."""
    return set(mp.active_children()) - set(before)


@contextlib.contextmanager
def started(mp, manager, *args):
    """manager.start(*args); yield its server process; on exit shut it down (if its server runs) and reap the server."""
    before = mp.active_children()
    manager.start(*args)
    new = new_children(mp, before)
    try:
        assert len(new) == 1, f"expected start() to start one server process; {len(new)} new children appeared"
        yield next(iter(new))
    finally:
        if any(p.is_alive() for p in new):
            manager.shutdown()
        for p in new:
            support.reap(p)



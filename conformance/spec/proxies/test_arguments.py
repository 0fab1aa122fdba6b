"""Arguments to the methods of proxies must be picklable."""

from conformance.marks import spec
from conformance.spec.calls import refused
from conformance.spec.managers.servers import MANAGER

GUIDELINES = "multiprocessing.html#all-start-methods"


class Unpicklable:
    """An argument that cannot be pickled: pickling it raises an error of its own, not a TypeError."""

    class Error(Exception):
        pass

    def __reduce__(self):
        raise self.Error("an Unpicklable cannot be pickled")


@spec("proxies.args.picklable", GUIDELINES, api=("managers.BaseProxy",), needs=MANAGER)
def test_an_unpicklable_argument_raises_and_leaves_the_referent_unchanged(mp):
    """Arguments to proxy methods must be picklable: an unpicklable one raises, and the referent is unchanged."""
    with mp.Manager() as manager:
        l = manager.list(["before"])
        refused("append() of an unpicklable argument", l.append, Unpicklable())
        value = l[:]
    assert value == ["before"], f"expected the failed append to leave ['before'], got {value}"

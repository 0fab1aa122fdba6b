"""repr(Process): the state of the process, as in the documentation's example."""

import signal

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.support import CHILD, WAIT


@spec("process.repr.states", "multiprocessing.html#multiprocessing.Process", platforms=("posix",), requires=("signals",),
      needs=CHILD)
def test_repr_shows_initial_started_and_stopped_with_exitcode(mp):
    """repr() of a process ends in 'initial' before start(), 'started' while it runs, then 'stopped exitcode=-SIGTERM'."""
    with Channel() as ch:
        p = mp.Process(target=targets.wait_for_release, args=(ch,))
        states = [repr(p)]
        p.start()
        try:
            states.append(repr(p))
            p.terminate()
            p.join(WAIT)
            states.append(repr(p))
        finally:
            ch.close()
            support.reap(p)
    endings = ("initial>", "started>", f"stopped exitcode=-{signal.SIGTERM.name}>")
    assert all(state.endswith(ending) for state, ending in zip(states, endings)), (
        f"expected representations ending in {endings}, got {states}")

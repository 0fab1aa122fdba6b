"""Process.sentinel: a handle that becomes ready when the process ends."""

import select

from conformance.marks import spec
from conformance.spec.process.held import held
from conformance.spec.support import CHILD, LATE

DOC = "multiprocessing.html#multiprocessing.Process.sentinel"


@spec("process.sentinel.ready_on_end", DOC, python=">=3.3", requires=("processes",), api=("Process.sentinel",),
      needs=CHILD)
def test_sentinel_becomes_ready_when_the_process_ends(mp):
    """sentinel is a numeric handle that multiprocessing.connection.wait() sees ready once the process ends."""
    with held(mp) as (p, ch):
        sentinel = p.sentinel
        assert isinstance(sentinel, int), f"expected a numeric handle, got {type(sentinel).__name__}"
        ready = mp.connection.wait([sentinel], 0)
        assert ready == [], f"expected the sentinel not ready while the process runs, got {ready}"
        ch.release()
        ready = mp.connection.wait([sentinel], LATE)
        assert ready == [sentinel], (
            f"expected the sentinel ready within {LATE:g} s of the release of the process, which then ends; got {ready}")


@spec("process.sentinel.platform_type", DOC, python=">=3.3", platforms=("posix",), requires=("processes",),
      api=("Process.sentinel",), needs=CHILD)
def test_sentinel_is_a_file_descriptor_usable_with_select(mp):
    """On Unix the sentinel is a file descriptor usable with the select module, readable once the process ends."""
    with held(mp) as (p, ch):
        readable, _, _ = select.select([p.sentinel], [], [], 0)
        assert readable == [], f"expected select() not to report the sentinel while the process runs, got {readable}"
        ch.release()
        readable, _, _ = select.select([p.sentinel], [], [], LATE)
        assert readable == [p.sentinel], (
            f"expected select() to report the sentinel within {LATE:g} s of the release of the process, which then ends;"
            f" got {readable}")

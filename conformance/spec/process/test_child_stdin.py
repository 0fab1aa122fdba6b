"""The child's sys.stdin: closed and replaced by os.devnull when the process starts."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.process import targets
from conformance.spec.support import WAIT


@spec("process.stdin.devnull", "multiprocessing.html#all-start-methods",
      platforms=("posix",), requires=("processes",))
def test_child_stdin_reads_from_devnull(mp):
    """A started process's sys.stdin is a file opened on os.devnull: reading it gives '' at once."""
    r, w = mp.Pipe(duplex=False)
    with support.running(mp, targets.send_stdin, w):
        w.close()
        assert r.poll(WAIT), "the child sent nothing (reading sys.stdin failed or blocked)"
        read, is_devnull = r.recv()
    assert (read, is_devnull) == ("", True), (
        f"expected the child's sys.stdin on os.devnull and reading '', got read {read!r}, on os.devnull: {is_devnull}")

"""The child's sys.stdin: closed and replaced by os.devnull when the process starts."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.support import CHILD


@spec("process.stdin.devnull", "multiprocessing.html#all-start-methods",
      platforms=("posix",), requires=("processes",), needs=CHILD)
def test_child_stdin_reads_from_devnull(mp):
    """A started process's sys.stdin is a file opened on os.devnull: reading it gives '' at once."""
    with Channel() as ch:
        with support.running(mp, targets.send_stdin, ch):
            read, is_devnull = ch.recv(what="what the child read from sys.stdin (reading it failed or blocked)")
    assert (read, is_devnull) == ("", True), (
        f"expected the child's sys.stdin on os.devnull and reading '', got read {read!r}, on os.devnull: {is_devnull}")

"""What the queues tests with a child cannot do without besides the queue under test (@spec(..., needs=...))."""

from conformance.spec.support import CHILD

# The test reads what a child put once running() has joined it: join() waited for the child's end, so its data is flushed.
ENDED = CHILD + ("process.join.blocks",)
# The test watches when a child exits: join(timeout) returns while it runs, exitcode is None until it ends, then 0.
EXIT = ENDED + ("process.join.timeout", "process.exitcode.none_while_running", "process.exitcode.zero_on_return")

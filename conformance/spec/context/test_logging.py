"""get_logger() and log_to_stderr(level): the multiprocessing logger, its handler and format."""

import logging

from conformance.marks import spec
from conformance.spec.context import fresh
from conformance.spec.support import CHILD

GET_LOGGER = "multiprocessing.html#multiprocessing.get_logger"
LOG_TO_STDERR = "multiprocessing.html#multiprocessing.log_to_stderr"


@spec("context.logging.get_logger.returns", GET_LOGGER, api=("get_logger",))
def test_get_logger_returns_the_one_logger(mp):
    """get_logger() returns the logger used by multiprocessing, the same one on every call."""
    # In a fresh interpreter: creating the logger here would change what later tests' children inherit.
    is_logger, same, registered = fresh.run(mp, """
        import logging
        ctx = pkg.get_context(method)
        logger = ctx.get_logger()
        report([isinstance(logger, logging.Logger), ctx.get_logger() is logger, logging.getLogger(logger.name) is logger])
    """)
    assert is_logger, "expected get_logger() to return a logging.Logger; it returned something else"
    assert same, "expected the same logger from a second get_logger(), got another"
    assert registered, "expected the logger registered with logging under its name; it is not"


@spec("context.logging.get_logger.initial_state", GET_LOGGER, api=("get_logger",))
def test_new_logger_has_no_level_and_no_handler(mp):
    """When first created the logger has level logging.NOTSET and no default handler."""
    level, handlers = fresh.run(mp, """
        logger = pkg.get_context(method).get_logger()
        report([logger.level, [repr(h) for h in logger.handlers]])
    """)
    assert (level, handlers) == (logging.NOTSET, []), f"expected level NOTSET (0) and no handler, got level {level}, handlers {handlers}"


@spec("context.logging.get_logger.no_propagate", GET_LOGGER, api=("get_logger",))
def test_logger_does_not_propagate_to_the_root(mp):
    """Messages sent to the multiprocessing logger do not propagate to the root logger by default."""
    seen = fresh.run(mp, """
        import logging
        seen = []
        class Keep(logging.Handler):
            def emit(self, record):
                seen.append(record.getMessage())
        logging.getLogger().addHandler(Keep())
        pkg.get_context(method).get_logger().warning("doomed")
        report(seen)
    """)
    assert seen == [], f"expected nothing to reach the root logger, it got {seen}"


@spec("context.logging.log_to_stderr.returns_logger", LOG_TO_STDERR, api=("log_to_stderr",))
def test_log_to_stderr_returns_the_logger(mp):
    """log_to_stderr() returns the logger that get_logger() returns."""
    same = fresh.run(mp, """
        ctx = pkg.get_context(method)
        report(ctx.log_to_stderr() is ctx.get_logger())
    """)
    assert same is True, "expected log_to_stderr() to return the get_logger() logger, it returned another object"


@spec("context.logging.log_to_stderr.handler_format", LOG_TO_STDERR, api=("log_to_stderr",))
def test_log_to_stderr_writes_formatted_lines_to_stderr(mp):
    """log_to_stderr() adds a handler writing to sys.stderr in the format '[%(levelname)s/%(processName)s] %(message)s'."""
    proc = fresh.finish(mp, """
        ctx = pkg.get_context(method)
        ctx.log_to_stderr().warning("doomed")
        report("done")
    """)
    lines = proc.stderr.splitlines()
    assert "[WARNING/MainProcess] doomed" in lines, f"expected the line '[WARNING/MainProcess] doomed' on stderr, got {lines}"


@spec("context.logging.log_to_stderr.fork_child", LOG_TO_STDERR, platforms=("posix",), start_methods=("fork",),
      requires=("processes",), api=("log_to_stderr",), needs=CHILD)
def test_fork_child_logs_to_stderr_under_its_name(mp):
    """A fork child inherits the stderr handler of log_to_stderr(); its messages carry its own process name."""
    proc = fresh.finish(mp, """
        from conformance.spec.context import targets
        ctx = pkg.get_context(method)
        ctx.log_to_stderr()
        p = ctx.Process(target=targets.log_warning, args=("from the child", ctx), name="kid")
        p.start()
        p.join(%r)
        report(p.exitcode)
    """ % fresh.WAIT)
    lines = proc.stderr.splitlines()
    assert "[WARNING/kid] from the child" in lines, f"expected the line '[WARNING/kid] from the child' on stderr, got {lines}"


@spec("context.logging.log_to_stderr.level", LOG_TO_STDERR, api=("log_to_stderr",))
def test_log_to_stderr_sets_the_level(mp):
    """Passing level to log_to_stderr() sets the logger's level."""
    level = fresh.run(mp, """
        import logging
        report(pkg.get_context(method).log_to_stderr(logging.DEBUG).level)
    """)
    assert level == logging.DEBUG, f"expected level DEBUG ({logging.DEBUG}), got {level}"


@spec("context.logging.example.session_output", "multiprocessing.html#logging", api=("log_to_stderr", "Manager"),
      needs=("managers.start.spawns_server",))
def test_logging_example_session(mp):
    """After log_to_stderr() at level INFO, warning('doomed') prints '[WARNING/MainProcess] doomed' and a Manager logs its start and shutdown."""
    proc = fresh.finish(mp, """
        import logging
        ctx = pkg.get_context(method)
        logger = ctx.log_to_stderr()
        logger.setLevel(logging.INFO)
        logger.warning("doomed")
        m = ctx.Manager()
        m.shutdown()
        report("done")
    """)
    lines = proc.stderr.splitlines()
    assert lines[:1] == ["[WARNING/MainProcess] doomed"], f"expected '[WARNING/MainProcess] doomed' first on stderr, got {lines}"
    assert any(line.startswith("[INFO/SyncManager-") for line in lines), f"expected INFO lines of the manager process, got {lines}"
    assert "[INFO/MainProcess] sending shutdown message to manager" in lines, f"expected the shutdown message logged, got {lines}"


@spec("context.logging.get_logger.windows_children", GET_LOGGER, platforms=("win32",), requires=("processes",),
      api=("get_logger",), needs=CHILD)
def test_windows_child_inherits_only_the_level(mp):
    """On Windows a child inherits only the level of the parent's logger, no other customisation."""
    state = fresh.run(mp, """
        import logging
        from conformance.spec.channel import Channel
        from conformance.spec.context import targets
        ctx = pkg.get_context(method)
        ctx.get_logger().setLevel(logging.DEBUG)
        ctx.get_logger().addHandler(logging.NullHandler())
        with Channel() as ch:
            p = ctx.Process(target=targets.send_logger_state, args=(ch, ctx))
            p.start()
            state = ch.poll(%r)
            p.join(%r)
        report(state[0] if state else None)
    """ % (fresh.WAIT, fresh.WAIT))
    assert state == [logging.DEBUG, 0], f"expected the child's logger at level DEBUG with no handler, got (level, handlers) {state}"

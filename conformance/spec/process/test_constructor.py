"""Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None): the constructor's arguments."""

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import raises
from conformance.spec.channel import Channel
from conformance.spec.process import targets
from conformance.spec.support import CHILD

DOC = "multiprocessing.html#multiprocessing.Process"


@spec("process.ctor.group_must_be_none", DOC)
def test_group_none_is_accepted(mp):
    """group exists for compatibility with threading.Thread and is given as None."""
    calls = []
    p = mp.Process(group=None, target=calls.append, args=("ran",))
    p.run()
    assert calls == ["ran"], f"expected Process(group=None, ...) to run its target, got calls {calls}"


@spec("process.ctor.target_default_none", DOC)
def test_target_defaults_to_none_and_run_calls_nothing(mp):
    """target defaults to None, meaning run() calls nothing."""
    p = mp.Process()
    result = p.run()
    assert result is None, f"expected run() without a target to return None, got {result!r}"


@spec("process.ctor.args_default_empty", DOC)
def test_args_default_passes_no_positional_arguments(mp):
    """By default no positional arguments are passed to target (args defaults to ())."""
    calls = []
    p = mp.Process(target=lambda *args, **kwargs: calls.append(args))
    p.run()
    assert calls == [()], f"expected target to be called once with no positional arguments, got {calls}"


@spec("process.ctor.args_list_or_tuple", DOC)
def test_args_may_be_a_list_or_a_tuple(mp):
    """args may be a list or a tuple of the arguments to pass to target, with the same effect."""
    calls = []
    for args in ([1, "two"], (1, "two")):
        mp.Process(target=lambda *a: calls.append(a), args=args).run()
    assert calls == [(1, "two"), (1, "two")], f"expected target(1, 'two') for a list and a tuple, got {calls}"


@spec("process.ctor.kwargs_default", DOC)
def test_kwargs_is_a_dict_of_keyword_arguments_default_empty(mp):
    """kwargs is a dictionary of keyword arguments for target, by default empty."""
    calls = []
    mp.Process(target=lambda **kw: calls.append(kw)).run()
    mp.Process(target=lambda **kw: calls.append(kw), kwargs={"three": 3}).run()
    assert calls == [{}, {"three": 3}], f"expected target() then target(three=3), got keyword arguments {calls}"


@spec("process.ctor.name", DOC, needs=CHILD)
def test_name_argument_names_the_process(mp):
    """name is the process name, as seen by the parent and by the child itself."""
    with Channel() as ch:
        p = mp.Process(target=targets.send_name, args=(ch, mp), name="given-name")
        assert p.name == "given-name", f"expected p.name 'given-name' from the constructor, got {p.name!r}"
        p.start()
        try:
            seen = ch.recv(what="the child's name")
        finally:
            support.reap(p)
    assert seen == "given-name", f"expected the child's current_process().name 'given-name', got {seen!r}"


@spec("process.ctor.daemon_kwonly", DOC, python=">=3.3")
def test_daemon_keyword_sets_the_flag_and_is_keyword_only(mp):
    """The keyword-only daemon argument sets the daemon flag to True or False."""
    assert mp.Process(target=targets.noop, daemon=True).daemon is True, "daemon=True did not set the flag"
    assert mp.Process(target=targets.noop, daemon=False).daemon is False, "daemon=False did not clear the flag"
    raises(TypeError, mp.Process, None, targets.noop, None, (), {}, True)

"""Broken: the backend's futures TimeoutError is a class of its own, not the builtin."""

from tests.broken import _mirror

BREAKS = {"executor.exceptions.timeout_error_alias", "executor.map.timeout", "executor.future.result_timeout", "executor.as_completed.timeout"}


class TimeoutError(Exception):  # noqa: A001 - the name the API uses
    pass


_mirror.install(__name__)
futures = _mirror.patched_futures(TimeoutError=TimeoutError)

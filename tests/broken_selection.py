"""pytest plugin for test_broken_backends: each broken backend runs only the spec tests the check needs of it.

On its first start method, every test of the spec modules holding what it breaks; on its other start methods,
only the tests of the spec ids it breaks. The other combinations are never generated, not just deselected.
"""

import json
import os

import pytest

ENV = "MP_CONFORMANCE_BROKEN_MODULES"


def _wanted():
    """{backend name: {"modules": [spec modules], "whole_modules_on": start method, "breaks": [spec ids]}}."""
    return json.loads(os.environ[ENV])


@pytest.hookimpl(hookwrapper=True)
def pytest_generate_tests(metafunc):
    """Parametrize mp_variant only with the variants whose backend runs this module."""
    module, wanted, parametrize = metafunc.module.__name__, _wanted(), metafunc.parametrize

    def only_those_running_here(argnames, argvalues, ids=None, **kwargs):
        if argnames == "mp_variant":
            keep = [i for i, v in enumerate(argvalues) if module in wanted.get(v.backend.name, {}).get("modules", ())]
            argvalues, ids = [argvalues[i] for i in keep], [ids[i] for i in keep]
        return parametrize(argnames, argvalues, ids=ids, **kwargs)

    metafunc.parametrize = only_those_running_here
    yield


def pytest_collection_modifyitems(config, items):
    wanted = _wanted()
    keep, drop = [], []
    for item in items:
        variant = getattr(item, "callspec", None) and item.callspec.params.get("mp_variant")
        which = wanted.get(variant.backend.name) if variant is not None and hasattr(variant, "backend") else None
        mark = item.get_closest_marker("mp_spec")
        selected = which is not None and (  # its modules only: pytest_generate_tests saw to that
            variant.start_method == which["whole_modules_on"] or (mark is not None and mark.args[0].id in which["breaks"]))
        (keep if selected else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep

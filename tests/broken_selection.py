"""pytest plugin for test_broken_backends: each broken backend runs only the spec modules holding what it breaks."""

import json
import os

ENV = "MP_CONFORMANCE_BROKEN_MODULES"


def pytest_collection_modifyitems(config, items):
    wanted = json.loads(os.environ[ENV])  # backend name -> [spec module names]
    keep, drop = [], []
    for item in items:
        variant = getattr(item, "callspec", None) and item.callspec.params.get("mp_variant")
        selected = variant is not None and item.module.__name__ in wanted.get(variant.backend.name, ())
        (keep if selected else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep

"""A backend whose import fails: the harness must say so without a traceback."""

raise ImportError("this backend needs a library that is not installed")

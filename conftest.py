"""Root conftest: the harness tests use pytester to run the suite in subprocesses."""

pytest_plugins = ["pytester"]

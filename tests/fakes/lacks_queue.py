"""A backend without Queue: the tests that need it are "not implemented", naming Queue."""

import multiprocessing

__version__ = "0.0-fake"


def get_all_start_methods():
    return ["fork"]


def get_context(method=None):
    return _Context()


class _Context:
    Process = multiprocessing.get_context("fork").Process
    Pipe = staticmethod(multiprocessing.Pipe)

    def active_children(self):
        return multiprocessing.active_children()

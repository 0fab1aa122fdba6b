"""A backend whose Process runs no target: every test that needs a child is blocked by process.run.invokes_target."""

from tests.broken import _mirror


class RunsNothing:
    def run(self):
        pass


_mirror.install(__name__, Process=_mirror.process_classes(__name__, RunsNothing))

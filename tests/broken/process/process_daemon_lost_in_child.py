"""Broken: a daemonic child does not know it is daemonic."""

from tests.broken import _mirror

BREAKS = {
    "process.daemon.bool",
    "process.daemon.inherited",
    "process.start.daemon_no_children",
}


class ForgetfulDaemon:
    def _bootstrap(self, *args, **kwargs):
        self._config["daemon"] = False
        return super()._bootstrap(*args, **kwargs)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, ForgetfulDaemon))

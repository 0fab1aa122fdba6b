"""Broken: the daemon flag can be set after start()."""

from tests.broken import _mirror

BREAKS = {"process.daemon.set_before_start"}


class LateDaemon:
    @property
    def daemon(self):
        return self._config.get("daemon", False)

    @daemon.setter
    def daemon(self, value):
        self._config["daemon"] = value


_mirror.install(__name__, Process=_mirror.process_classes(__name__, LateDaemon))

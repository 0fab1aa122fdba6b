"""Broken: a daemonic process may start child processes."""

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {"process.start.daemon_no_children"}


class DaemonParent:
    def start(self):
        config = process.current_process()._config
        saved = dict(config)
        config["daemon"] = False
        try:
            super().start()
        finally:
            config.clear()
            config.update(saved)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, DaemonParent))

"""Broken: each new Process gets a fresh random authkey instead of its parent's."""

import os

from multiprocessing.process import AuthenticationString

from tests.broken import _mirror

BREAKS = {"process.authkey.inherited"}


class FreshKey:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._config["authkey"] = AuthenticationString(os.urandom(32))


_mirror.install(__name__, Process=_mirror.process_classes(__name__, FreshKey))

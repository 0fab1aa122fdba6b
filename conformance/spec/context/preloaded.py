"""A module for set_forkserver_preload(): it records the pid of the process that imported it."""

import os

IMPORTED_IN = os.getpid()

"""Broken: set_forkserver_preload() stops a running fork server, so the preload applies to the next one started."""

from multiprocessing import forkserver

from tests.broken import _mirror

BREAKS = {"context.set_forkserver_preload.before_launch"}
START_METHODS = ("forkserver",)


def _preload(ctx):
    def set_forkserver_preload(module_names, **options):
        ctx.set_forkserver_preload(module_names, **options)
        forkserver._forkserver._stop()
    return set_forkserver_preload


_mirror.install(__name__, set_forkserver_preload=_preload)

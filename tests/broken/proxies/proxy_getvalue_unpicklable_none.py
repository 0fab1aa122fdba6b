"""Broken: _getvalue() of a lock proxy returns None instead of raising when the referent is unpicklable."""

import threading
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies._getvalue.unpicklable"}


class NoneValueAcquirerProxy(managers.AcquirerProxy):
    def _getvalue(self):
        try:
            return super()._getvalue()
        except Exception:
            return None


class Manager(managers.SyncManager):
    pass


Manager.register("Lock", threading.Lock, NoneValueAcquirerProxy)


_mirror.install(__name__, Manager=_mirror.started(Manager))

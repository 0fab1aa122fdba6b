"""Broken: Pipe() and Queue authenticate each message with the sender's authkey (an HMAC the receiver checks with its own)."""

import hmac
import multiprocessing
from multiprocessing import connection, queues, reduction

from tests.broken import _mirror

BREAKS = {"listener.authentication.pipe.not_applied", "listener.authentication.queue.not_applied"}


def _sign(obj):
    data = bytes(reduction.ForkingPickler.dumps(obj))
    return hmac.new(multiprocessing.current_process().authkey, data, "sha256").digest() + data


def _verify(signed):
    digest, data = signed[:32], signed[32:]
    if not hmac.compare_digest(digest, hmac.new(multiprocessing.current_process().authkey, data, "sha256").digest()):
        raise multiprocessing.AuthenticationError("message signed with another authkey")
    return reduction.ForkingPickler.loads(data)


class SignedConnection(connection.Connection):
    def send(self, obj):
        self.send_bytes(_sign(obj))

    def recv(self):
        return _verify(self.recv_bytes())


def signed_pipe(duplex=True):
    ends = connection.Pipe(duplex)
    for end in ends:
        end.__class__ = SignedConnection
    return ends


_mirror.connection_class(SignedConnection)


class SignedQueue(queues.Queue):
    def put(self, obj, block=True, timeout=None):
        super().put(_sign(obj), block, timeout)

    def get(self, block=True, timeout=None):
        return _verify(super().get(block, timeout))


_mirror.install(__name__, Pipe=lambda ctx: signed_pipe,
                Queue=lambda ctx: lambda maxsize=0: SignedQueue(maxsize, ctx=ctx))

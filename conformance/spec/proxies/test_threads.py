"""Thread safety of proxies: one proxy used from two threads, protected by a lock."""

import threading

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER
from conformance.spec.support import WAIT

GUIDELINES = "multiprocessing.html#all-start-methods"
COUNT = 20


@spec("proxies.threads.locked_use", GUIDELINES, api=("managers.BaseProxy",), needs=MANAGER)
def test_a_proxy_protected_by_a_lock_works_from_two_threads(mp):
    """A proxy may be used from more than one thread when a lock protects it: every call from each thread reaches the referent."""
    with mp.Manager() as manager:
        proxy = manager.list()
        lock = threading.Lock()
        errors = []

        def append_all(tag):
            try:
                for i in range(COUNT):
                    with lock:
                        proxy.append((tag, i))
            except Exception as e:
                errors.append(e)

        threads = [threading.Thread(target=append_all, args=(tag,), daemon=True) for tag in "ab"]
        for t in threads:
            t.start()
        for t in threads:
            t.join(WAIT)
        assert not any(t.is_alive() for t in threads), f"expected both threads to finish within {WAIT:g} s"
        value = proxy[:]
    assert not errors, f"expected the proxy to work from both threads, got {errors!r}"
    expected = sorted((tag, i) for tag in "ab" for i in range(COUNT))
    assert sorted(value) == expected, f"expected all {2 * COUNT} appends from both threads, got {len(value)}: {value}"

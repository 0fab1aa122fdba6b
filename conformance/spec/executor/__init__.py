"""Chapter: concurrent.futures.ProcessPoolExecutor, its futures, wait() and as_completed() (concurrent.futures.html)."""

"""Chapter: Pipe() and Connection objects, and multiprocessing.connection.wait()."""

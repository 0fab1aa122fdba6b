"""Chapter: multiprocessing.connection Listener and Client, address formats, and authentication keys."""

"""Chapter: shared ctypes objects, Value, Array, and the multiprocessing.sharedctypes module."""

"""The spec tests: one package per chapter of the multiprocessing documentation."""

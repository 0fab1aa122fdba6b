"""mp-conformance: the documented behaviour of multiprocessing, as spec tests any backend can run."""

__version__ = "0.2.0"

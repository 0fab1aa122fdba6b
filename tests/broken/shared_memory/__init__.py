"""Broken backends of the shared_memory chapter: each fails exactly the spec ids it BREAKS."""

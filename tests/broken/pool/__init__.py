"""Broken backends of the pool chapter: each fails exactly the spec ids it BREAKS."""

"""Broken backends of the context chapter: each fails exactly the spec ids it BREAKS."""

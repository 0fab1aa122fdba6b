"""Broken backends of the listener chapter: each fails exactly the spec ids it BREAKS."""

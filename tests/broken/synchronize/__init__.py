"""Broken backends of the synchronize chapter: each fails exactly the spec ids it BREAKS."""

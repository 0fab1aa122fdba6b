"""Broken backends of the process chapter: each fails exactly the spec ids it BREAKS."""

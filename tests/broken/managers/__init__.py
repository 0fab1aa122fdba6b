"""Broken backends of the managers chapter: each fails exactly the spec ids it BREAKS."""

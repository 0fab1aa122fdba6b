"""Broken backends of the connection chapter: each fails exactly the spec ids it BREAKS."""

"""Broken backends of the executor chapter: each fails exactly the spec ids it BREAKS."""

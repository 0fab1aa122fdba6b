"""Broken backends of the queues chapter: each fails exactly the spec ids it BREAKS."""

"""Broken backends of the proxies chapter: each fails exactly the spec ids it BREAKS."""

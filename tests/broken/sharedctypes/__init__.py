"""Broken backends of the sharedctypes chapter: each fails exactly the spec ids it BREAKS."""

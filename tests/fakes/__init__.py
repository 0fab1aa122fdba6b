"""Backends that misbehave in ways the harness must turn into verdicts: hang, crash, leak, lack an API."""

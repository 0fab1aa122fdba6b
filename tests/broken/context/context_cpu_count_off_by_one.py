"""Broken: cpu_count() counts one CPU more than the system has."""

import os

from tests.broken import _mirror

BREAKS = {"context.cpu_count.returns", "context.cpu_count.x_override", "context.cpu_count.env_override"}

_mirror.install(__name__, cpu_count=lambda ctx: lambda: os.cpu_count() + 1)

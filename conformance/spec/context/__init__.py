"""Chapter: contexts and start methods, the process utilities, the exceptions, and logging."""

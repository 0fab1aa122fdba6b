"""Chapter: Pool, AsyncResult and ThreadPool."""

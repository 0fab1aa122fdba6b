"""Chapter: proxy objects (BaseProxy) of managers."""

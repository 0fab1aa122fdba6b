"""Chapter: Queue, SimpleQueue and JoinableQueue."""

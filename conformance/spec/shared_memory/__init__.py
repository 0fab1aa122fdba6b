"""Chapter: multiprocessing.shared_memory (SharedMemory, ShareableList) and managers.SharedMemoryManager."""

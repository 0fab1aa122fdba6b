"""Chapter: Manager(), BaseManager, SyncManager and its shared types, remote managers."""

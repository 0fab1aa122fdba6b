"""Spec tests of the synchronization primitives: Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier."""

"""Chapter: Process objects, and current_process(), parent_process() and active_children()."""

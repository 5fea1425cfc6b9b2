"""Where this workstation's data lives: the first-start question and the connection info."""

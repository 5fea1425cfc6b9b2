"""Live updates: what other workstations change appears here within 2 s."""

"""Reminders while the client runs: the timer, the tray message, the bell and its list."""

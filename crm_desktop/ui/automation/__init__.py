"""Automation in the client: the scheduler of time-based rules and the rules' texts."""

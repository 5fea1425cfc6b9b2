"""Clients → Import: the wizard from a file to the imported records (issue #8)."""

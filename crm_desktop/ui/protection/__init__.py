"""What a role may not do, enforced in the client: copy, print, export (issue #6)."""

"""The 360° client card and the create/edit client form (issue #3, items 3 and 4)."""

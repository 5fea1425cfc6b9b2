"""Export buttons of the lists (issue #8): shown only to roles with the export right."""

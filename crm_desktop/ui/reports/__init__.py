"""The Reports section: the analytics dashboard, its drill-down and report printing."""

"""Settings panels: the pipelines editor, loss reasons and the products catalogue."""

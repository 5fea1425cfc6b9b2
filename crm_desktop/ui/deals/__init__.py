"""The Deals section: the kanban board of a pipeline, its list view, filters and move dialogs."""

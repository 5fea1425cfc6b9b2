"""The Tasks section: grouped task lists, the team view, projects, the task dialog."""

"""The calendar of tasks and meetings: day, week and month, drag to reschedule."""

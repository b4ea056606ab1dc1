"""Sinks: the only code that changes the outside world (Drafts folder, reminders)."""

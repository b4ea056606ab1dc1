"""followupd: watches a job seeker's mailbox and calendars and writes follow-up drafts.

It never sends mail to anyone but the user. See DESIGN.md for the shape:
sources → understand → tracker → rules engine → outbox → sinks.
"""

__version__ = "0.1.0"

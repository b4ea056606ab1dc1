"""Delivery: the exactly-once policy for drafts and notes, and SMTP to the user only."""

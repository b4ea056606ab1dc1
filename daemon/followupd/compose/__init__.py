"""Intents to RFC 5322 messages."""

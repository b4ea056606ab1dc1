"""Mail stores behind the MailReader, DraftFolder and NoteFolder ports: IMAP and Maildir.

A mail store is read-only views of the user's folders plus write-once Drafts and INBOX:
it only ever adds a new message, never changes or removes one.
"""

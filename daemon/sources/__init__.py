"""Mail stores behind the MailReader and DraftFolder ports: IMAP and Maildir."""

"""The state file's schema, as forward migrations (PRAGMA user_version counts them)."""

# Each entry moves the schema from version i to i+1. Never edit a shipped step; append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cursors (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE interviews (
        uid TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        status TEXT NOT NULL,
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        data TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE processed (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT NOT NULL,
        outcome TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (account, folder, uidvalidity, uid)
    );
    CREATE INDEX processed_message_id ON processed (message_id);
    CREATE TABLE intents (
        key TEXT PRIMARY KEY,
        rule_id TEXT NOT NULL,
        account TEXT NOT NULL,
        subject_ref TEXT NOT NULL,
        due TEXT NOT NULL,
        expires TEXT,
        status TEXT NOT NULL,
        data TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        done_at TEXT,
        appended_uid INTEGER
    );
    CREATE INDEX intents_due ON intents (status, due);
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL
    );
    """,
    # 2: the hiring conversation (applications, messages, happenings) and rule state.
    """
    ALTER TABLE interviews ADD COLUMN application TEXT NOT NULL DEFAULT '';
    CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE messages (
        message_id TEXT PRIMARY KEY,
        application TEXT NOT NULL,
        account TEXT NOT NULL,
        at TEXT NOT NULL,
        from_user INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX messages_application ON messages (application, at);
    CREATE TABLE happenings (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        application TEXT NOT NULL,
        account TEXT NOT NULL,
        data TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX happenings_application ON happenings (application, at);
    CREATE TABLE cancellations (
        application TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (application, rule_id)
    );
    ALTER TABLE intents ADD COLUMN location TEXT NOT NULL DEFAULT '';
    ALTER TABLE intents ADD COLUMN checked_at TEXT;
    """,
    # 3: where each configured calendar was read up to (a reader's opaque state).
    """
    CREATE TABLE calendar_state (
        name TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """,
    # 4: an intent's data is one model per kind (a tagged union on `kind`), no longer
    # one flat record with every kind's fields: drop the fields that are not its kind's.
    """
    UPDATE intents SET data = json_set(data, '$.kind', 'draft')
        WHERE json_extract(data, '$.kind') IS NULL;
    UPDATE intents SET data = json_remove(data, '$.cancel_rules', '$.stage')
        WHERE json_extract(data, '$.kind') IN ('draft', 'remind');
    UPDATE intents SET data = json_remove(
            data, '$.to', '$.subject', '$.body', '$.in_reply_to', '$.references', '$.stage')
        WHERE json_extract(data, '$.kind') = 'cancel';
    UPDATE intents SET data = json_remove(
            data, '$.to', '$.subject', '$.body', '$.in_reply_to', '$.references',
            '$.cancel_rules')
        WHERE json_extract(data, '$.kind') = 'set_stage';
    """,
    # 5: what the selector did not read, by the keys it can be found again by (its
    # thread, people, company domains), so that a message made relevant later is read
    # then; the ids of the user's own sent mail (a reply to it is read); the user's
    # corrections of what a message is.
    """
    CREATE TABLE skipped_keys (
        key TEXT NOT NULL,
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX skipped_keys_key ON skipped_keys (key);
    CREATE INDEX skipped_keys_message ON skipped_keys (account, folder, uidvalidity, uid);
    CREATE TABLE own_mail (
        message_id TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE corrections (
        message_id TEXT PRIMARY KEY,
        verdict TEXT NOT NULL,
        source TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 6: drafts carry no marker of followupd: each letter's Message-ID (derived from its
    # key with the installation's secret), where it was written, and whether a later
    # change (a cancel) means it is no longer wanted; the secret itself.
    """
    CREATE TABLE installation (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE letters (
        key TEXT PRIMARY KEY,
        message_id TEXT NOT NULL,
        account TEXT NOT NULL,
        folder TEXT NOT NULL DEFAULT '',
        withdrawn TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX letters_message_id ON letters (message_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

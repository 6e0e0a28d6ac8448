-- The language an organisation's mail is written in: 'ja' (default) or 'en'.
ALTER TABLE organisation ADD COLUMN preferred_language VARCHAR(5) DEFAULT 'ja' NOT NULL;

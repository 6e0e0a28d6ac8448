-- One mechanism for private links (registration /r/, survey answer /s/, written reply /w/): only the SHA-256 of
-- each token is stored, several per subject (each mail carries its own), all deleted together on renewal.
CREATE TABLE access_link (
    token_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    purpose     VARCHAR(20)   NOT NULL,
    subject_id  BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_access_link_subject ON access_link (purpose, subject_id);

-- A mail that carries a private link names its subject; its stored body holds a placeholder, and the
-- dispatcher issues the token as it sends the mail.
ALTER TABLE mail_outbox ADD COLUMN link_purpose VARCHAR(20);
ALTER TABLE mail_outbox ADD COLUMN link_subject_id BIGINT;

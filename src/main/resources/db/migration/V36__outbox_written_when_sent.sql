-- A registration's mail is written by the dispatcher as it is sent, not under the seminar's lock: its row is
-- first only what it is about (kind, recipient, registration, participant, the reason given), content empty.
ALTER TABLE mail_outbox ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE mail_outbox ALTER COLUMN body_text DROP NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN participant_id BIGINT;
ALTER TABLE mail_outbox ADD COLUMN note VARCHAR(1000);

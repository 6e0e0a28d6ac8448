-- Check-in (issue 19): each participant's code, shown as a QR code on their page and in their mail and
-- scanned or typed at the door; and each seminar's self check-in code (出席コード) that staff show during it.
-- Neither opens anything by itself: staff must be signed in to use a participant's code, and the seminar's
-- code only counts from the participant's own page.
ALTER TABLE participant ADD COLUMN checkin_code VARCHAR(8);
CREATE UNIQUE INDEX uq_participant_checkin_code ON participant (checkin_code);
ALTER TABLE seminar ADD COLUMN self_checkin_code VARCHAR(6);
-- Wrong self check-in codes typed from a participant's page: after 10 the page stops taking codes.
ALTER TABLE participant_attendance ADD COLUMN wrong_codes INTEGER DEFAULT 0 NOT NULL;

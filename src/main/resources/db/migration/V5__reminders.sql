-- Reminders. Each seminar has a schedule of slots, in hours before its start (default 7 days and 1 day).
-- reminder_delivery records, per registration and slot, that the slot was dealt with (sent, or not needed);
-- its primary key makes a second reminder for the same slot impossible, on any node and after any restart.
ALTER TABLE registration ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
UPDATE registration SET confirmed_at = created_at WHERE status = 'CONFIRMED';

CREATE TABLE seminar_reminder (
    seminar_id   BIGINT  NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    hours_before INTEGER NOT NULL CHECK (hours_before BETWEEN 1 AND 2160),
    PRIMARY KEY (seminar_id, hours_before)
);
INSERT INTO seminar_reminder (seminar_id, hours_before) SELECT id, 168 FROM seminar;
INSERT INTO seminar_reminder (seminar_id, hours_before) SELECT id, 24 FROM seminar;

CREATE TABLE reminder_delivery (
    registration_id BIGINT      NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    hours_before    INTEGER     NOT NULL,
    outcome         VARCHAR(20) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registration_id, hours_before)
);

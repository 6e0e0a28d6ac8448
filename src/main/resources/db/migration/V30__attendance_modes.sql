-- Venue or online per person (issue 19): at a hybrid seminar each participant chooses how they take part.
-- NULL keeps what was there: no choice (a non-hybrid seminar, or someone registered before choices existed,
-- who is sent both the venue and the link). A hybrid seminar may cap each mode on top of its total capacity
-- (NULL: only the total limits it); the seats taken per mode are counted next to the total, under the
-- seminar's row lock like the total.
ALTER TABLE participant ADD COLUMN attendance_mode VARCHAR(10);
ALTER TABLE seminar ADD COLUMN venue_capacity INTEGER;
ALTER TABLE seminar ADD COLUMN online_capacity INTEGER;
ALTER TABLE seminar ADD COLUMN venue_seats_taken INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE seminar ADD COLUMN online_seats_taken INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE seminar ADD CONSTRAINT ck_seminar_mode_seats CHECK (venue_seats_taken >= 0 AND online_seats_taken >= 0
    AND (venue_capacity IS NULL OR venue_seats_taken <= venue_capacity)
    AND (online_capacity IS NULL OR online_seats_taken <= online_capacity));
ALTER TABLE registration_request_person ADD COLUMN attendance_mode VARCHAR(10);

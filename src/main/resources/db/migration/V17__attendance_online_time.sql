-- Online minutes per participant were the SUM over imports, so the same event reported twice (Zoom and Teams,
-- a re-export) counted twice: 348 minutes for a 120-minute seminar. Each imported person now keeps the times
-- they were online ("from-to from-to", epoch seconds, overlaps merged), and a participant's minutes are the
-- union of their people's times within the seminar's time, never more than its length (AttendanceWindow).
ALTER TABLE imported_person ADD COLUMN online_time VARCHAR(1000000);

-- The times behind rows imported before this are unknown: each is taken as starting at the seminar's start,
-- so that reports of one event count once (the largest wins) instead of adding up.
UPDATE imported_person SET online_time = COALESCE((
    SELECT CASE WHEN imported_person.minutes > 0 THEN
               CAST(CAST(EXTRACT(EPOCH FROM s.starts_at) AS BIGINT) AS VARCHAR(20)) || '-'
               || CAST(CAST(EXTRACT(EPOCH FROM s.starts_at) AS BIGINT) + 60 * imported_person.minutes AS VARCHAR(20))
           ELSE '' END
    FROM attendance_import i JOIN seminar s ON s.id = i.seminar_id
    WHERE i.id = imported_person.import_id), '');

ALTER TABLE imported_person ALTER COLUMN online_time SET NOT NULL;

-- The stored figures, recounted by that rule: the largest report's minutes, at most the seminar's length.
UPDATE participant_attendance SET online_minutes = COALESCE((
    SELECT MAX(CASE WHEN s.ends_at IS NULL OR s.ends_at <= s.starts_at THEN p.minutes
                    ELSE LEAST(p.minutes, CAST(FLOOR((EXTRACT(EPOCH FROM s.ends_at) - EXTRACT(EPOCH FROM s.starts_at)) / 60) AS INTEGER))
               END)
    FROM imported_person p JOIN attendance_import i ON i.id = p.import_id JOIN seminar s ON s.id = i.seminar_id
    WHERE p.participant_id = participant_attendance.participant_id), 0);

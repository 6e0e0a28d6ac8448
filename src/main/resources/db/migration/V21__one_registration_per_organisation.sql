-- A member organisation holds at most one active registration per seminar; more staff join that one.
-- active_organisation_id is the organisation while the registration is active and NULL once cancelled, so
-- a unique key over it holds on H2 and PostgreSQL alike (NULLs are distinct; no partial index needed).
ALTER TABLE registration ADD COLUMN active_organisation_id BIGINT;

-- Existing data may hold several active registrations of one organisation for a seminar: the earliest
-- takes the key; the later ones stay active as they were (their people registered) but outside it.
UPDATE registration SET active_organisation_id = organisation_id
WHERE status <> 'CANCELLED' AND id = (
    SELECT MIN(r.id) FROM registration r
    WHERE r.seminar_id = registration.seminar_id AND r.organisation_id = registration.organisation_id
      AND r.status <> 'CANCELLED');

ALTER TABLE registration ADD CONSTRAINT uq_registration_active_organisation UNIQUE (seminar_id, active_organisation_id);

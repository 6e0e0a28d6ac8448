-- Participants whose personal data was erased, on request or by the retention job: the row stays (so that
-- registration and attendance counts stay right for reports), the name, address and needs do not.
ALTER TABLE participant ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_participant_erased ON participant (erased_at);

-- A participant without an address of their own is erased by id (found by name); the log keeps the id so that
-- the erasure can be re-applied after a restore like one by address.
ALTER TABLE erasure_log ADD COLUMN participant_id BIGINT;
ALTER TABLE erasure_log ALTER COLUMN address_hash DROP NOT NULL;

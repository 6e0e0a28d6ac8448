-- A POST /api/registrations retried with the same Idempotency-Key returns the first result instead of
-- registering again. The request's hash tells a genuine retry from a reused key.
CREATE TABLE idempotency_key (
    idem_key         VARCHAR(100) PRIMARY KEY,
    request_hash     VARCHAR(64)  NOT NULL,
    registration_id  BIGINT       NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

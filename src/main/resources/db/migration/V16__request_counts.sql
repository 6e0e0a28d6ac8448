-- The rate limit's counts: requests per route class and client address in one-minute windows. They live in
-- the database, not in each node's memory, so that every node of a cluster counts against the same limit.
-- Rows of past minutes are deleted by the first limited request of a new minute.
CREATE TABLE request_count (
    route_key    VARCHAR(100) NOT NULL,   -- route class and client address, e.g. 'link 203.0.113.7'
    epoch_minute BIGINT       NOT NULL,   -- minutes since 1970-01-01T00:00Z
    requests     INTEGER      NOT NULL,
    PRIMARY KEY (route_key, epoch_minute)
);
CREATE INDEX ix_request_count_minute ON request_count (epoch_minute);

-- Group work: a seminar's participants (a meeting's member organisations) split into numbered groups by a rule,
-- then moved by hand. One split per seminar; splitting again replaces it.
CREATE TABLE work_group (
    seminar_id  BIGINT        NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    number      INTEGER       NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (seminar_id, number)
);

-- member_key: "P12" for participant 12, "O5" for organisation 5.
CREATE TABLE work_group_member (
    seminar_id    BIGINT       NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    member_key    VARCHAR(30)  NOT NULL,
    group_number  INTEGER      NOT NULL,
    PRIMARY KEY (seminar_id, member_key)
);

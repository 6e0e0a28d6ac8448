-- The minimal SQL of one registration of one person, as the product must write it: the registration, its
-- participant, the confirmation's outbox row and the audit entry, with the seat taken last by one conditional
-- UPDATE just before COMMIT. pgbench runs it with the same clients right after the application
-- (bench/registration/run.sh): the application's rate divided by this one is the figure to watch. Keys are
-- drawn from the sequences the product uses (the tables have no default key).
\set seminar random(:first_seminar, :last_seminar)
\set organisation random(:first_organisation, :last_organisation)
BEGIN;
INSERT INTO registration (version, seminar_id, organisation_id, status, created_at)
    VALUES (0, :seminar, :organisation, 'CONFIRMED', now()) RETURNING id AS registration \gset
INSERT INTO participant (id, registration_id, position, name, email) VALUES (nextval('participant_seq'), :registration, 1, '参照 太郎', 'reference@example.org');
INSERT INTO mail_outbox (id, kind, recipient, subject, body_text, status, attempts, next_attempt_at, created_at, registration_id)
    VALUES (nextval('mail_outbox_seq'), 'confirmation', 'reference@example.org', '申込を受け付けました', '参照 太郎 様', 'PENDING', 0, now() + interval '1 day', now(), :registration);
INSERT INTO audit_entry (id, at, actor, action, subject_type, subject_id) VALUES (nextval('audit_entry_seq'), now(), 'bench', 'registration.register', 'registration', :registration);
UPDATE seminar SET seats_taken = seats_taken + 1 WHERE id = :seminar AND seats_taken + 1 <= capacity;
COMMIT;

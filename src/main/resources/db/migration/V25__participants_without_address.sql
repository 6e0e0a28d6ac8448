-- A participant may have no address of their own (staff without work mail): their mail goes to the
-- registration's contact. Addresses may also be shared (one office address for several staff).
ALTER TABLE participant ALTER COLUMN email DROP NOT NULL;
ALTER TABLE registration_request_person ALTER COLUMN email DROP NOT NULL;

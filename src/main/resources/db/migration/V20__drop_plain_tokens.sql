-- The tokens now live hashed in access_link (V19); the plain copies go.
ALTER TABLE registration DROP CONSTRAINT uq_registration_token;
ALTER TABLE registration DROP COLUMN token;
ALTER TABLE survey_response DROP CONSTRAINT uq_survey_response_token;
ALTER TABLE survey_response DROP COLUMN token;
ALTER TABLE written_reply DROP CONSTRAINT uq_written_reply_token;
ALTER TABLE written_reply DROP COLUMN token;

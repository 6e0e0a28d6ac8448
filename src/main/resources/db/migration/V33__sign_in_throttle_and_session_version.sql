-- Failed sign-ins are counted per account and client address (and per address over all accounts, account_key
-- '*'), so that guessing from one address slows that address down without locking the real user out.
-- Rows go 24 hours after their last failure (security/SignInThrottle).
CREATE TABLE sign_in_failure (
    account_key     VARCHAR(64) NOT NULL,
    client_key      VARCHAR(64) NOT NULL,
    failures        INT NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_key, client_key)
);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failure_at);

-- Raised when an account is disabled, loses a role, gets a new password or is signed out everywhere: every
-- session that began under an older version ends at its next request.
ALTER TABLE user_account ADD COLUMN session_version INT DEFAULT 0 NOT NULL;
ALTER TABLE user_account DROP COLUMN failed_attempts;
ALTER TABLE user_account DROP COLUMN locked_until;

-- Trust (issue 11): token expiry, demo accounts marked, sessions ended by a password reset, security events.

-- A token is valid until this moment (chosen when it is created); tokens created before it got none and stay open
-- until revoked, as they were promised.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP(3) NULL;

-- Demo accounts (password known to everyone) are refused unless demo mode is on. A database loaded in demo mode
-- before this version is recognised by its documented demo tokens.
ALTER TABLE account ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE account SET demo = TRUE
 WHERE username IN ('quantri', 'canbo', 'lanhdao', 'vankhanhtay', 'dongthanh', 'thuanhoa', 'phothuanhoa')
   AND EXISTS (SELECT 1 FROM (SELECT 1 FROM api_token WHERE token_prefix LIKE 'demo-%') AS loaded_in_demo_mode);

-- Bumped by a password reset: a session remembers the value it signed in with and ends when it changed.
ALTER TABLE account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

-- Security events that are not part of a pledge's chain: password resets (who, whose, when, tokens ended).
CREATE TABLE security_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          TIMESTAMP(3) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    account_id  BIGINT       NULL,
    detail      VARCHAR(500) NULL,
    INDEX ix_security_event_account (account_id, at),
    CONSTRAINT fk_security_event_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

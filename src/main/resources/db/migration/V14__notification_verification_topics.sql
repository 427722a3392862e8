-- Thông báo (2): e-mail verification by link, the person's choice of messages, and the claim's lock window.
-- Owned by vn.thidua.notification.

-- Topics the person turned off (comma-separated Topic names); NULL: every message. Kept as opt-outs so that a topic
-- added later reaches people until they refuse it.
ALTER TABLE notification_contact ADD COLUMN muted VARCHAR(200) NULL;

-- Single-use verification links: only the SHA-256 of the token is kept (the token itself is only in the e-mail),
-- with the address it verifies (a changed address cannot be verified by an old link) and its expiry.
CREATE TABLE notification_email_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    expires_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    CONSTRAINT uq_notification_email_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_notification_email_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_notification_email_token_account ON notification_email_token (account_id, created_at);

-- When the claiming transaction last held its row locks (just before it committed): with claimed_at (when it began)
-- it bounds the claim's window, so that overlapping claims of two senders can be shown from the data.
ALTER TABLE notification_message ADD COLUMN claim_held_until TIMESTAMP(3) NULL;
-- The reclaim of stale "sending" rows walks this index in order, as the claim of queued rows walks
-- ix_notification_message_due: only the rows taken are locked.
CREATE INDEX ix_notification_message_claim ON notification_message (status, claimed_at);

-- Thông báo, nhắc hạn: deadlines per campaign step (overridable per cluster), people's contacts, the outbox of
-- e-mail messages and every delivery attempt. Owned by vn.thidua.notification.

CREATE TABLE notification_deadline (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL,
    cluster_id   BIGINT       NULL,      -- NULL: the whole campaign; else this cluster's override
    -- a NULL cluster never collides in a unique key: this column makes "one per campaign, cluster and step" hold
    cluster_key  BIGINT       AS (COALESCE(cluster_id, 0)) PERSISTENT,
    step         VARCHAR(16)  NOT NULL,  -- COMMENTS, SIGNING, RESULTS, SELF_SCORING, REVIEW
    due_on       DATE         NOT NULL,
    set_by       VARCHAR(200) NOT NULL,
    set_at       TIMESTAMP(3) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_notification_deadline UNIQUE (campaign_id, cluster_key, step),
    CONSTRAINT fk_notification_deadline_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_notification_deadline_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_notification_deadline_step ON notification_deadline (step, due_on);

-- Kept here rather than on account so that this feature owns its data (the security package is edited elsewhere).
CREATE TABLE notification_contact (
    account_id      BIGINT       NOT NULL PRIMARY KEY,
    email           VARCHAR(254) NULL,
    email_verified  BOOLEAN      NOT NULL DEFAULT FALSE,
    phone           VARCHAR(32)  NULL,
    wants_email     BOOLEAN      NOT NULL DEFAULT TRUE,
    language        VARCHAR(8)   NOT NULL DEFAULT 'vi',
    last_failure    VARCHAR(1000) NULL,  -- the server's answer when an address was refused
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_notification_contact_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- The outbox: written in the transaction of the event that causes a message; the sender claims rows with
-- SELECT … FOR UPDATE SKIP LOCKED. The dedupe key makes "queued once" hold even when two instances queue at once.
CREATE TABLE notification_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_key       VARCHAR(200)  NOT NULL,
    kind             VARCHAR(24)   NOT NULL,  -- READY_TO_SIGN, SIGNING_REMINDER, SIGNING_DUE_TODAY
    account_id       BIGINT        NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(12)   NOT NULL,  -- QUEUED, SENDING, SENT, FAILED
    attempts         INT           NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(3)  NOT NULL,
    next_attempt_at  TIMESTAMP(3)  NOT NULL,
    claimed_by       VARCHAR(100)  NULL,
    claimed_at       TIMESTAMP(3)  NULL,
    sent_at          TIMESTAMP(3)  NULL,
    last_error       VARCHAR(1000) NULL,
    CONSTRAINT uq_notification_message_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_message_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_notification_message_due ON notification_message (status, next_attempt_at);
CREATE INDEX ix_notification_message_account ON notification_message (account_id, created_at);

CREATE TABLE notification_attempt (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id    BIGINT        NOT NULL,
    attempted_at  TIMESTAMP(3)  NOT NULL,
    outcome       VARCHAR(12)   NOT NULL,  -- SENT, FAILED
    server_reply  VARCHAR(1000) NULL,
    instance      VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_notification_attempt_message FOREIGN KEY (message_id) REFERENCES notification_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_notification_attempt_message ON notification_attempt (message_id, attempted_at);

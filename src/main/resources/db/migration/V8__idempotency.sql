-- Idempotency keys of API writes (issue 18): a client that retries a write whose answer it lost sends the same
-- Idempotency-Key and gets the first answer again instead of applying the write twice. Owned by `shared`.
CREATE TABLE api_idempotency (
    caller       VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    state        VARCHAR(12)  NOT NULL,
    status       INT          NULL,
    content_type VARCHAR(120) NULL,
    body         MEDIUMBLOB   NULL,
    created_at   DATETIME(3)  NOT NULL,
    completed_at DATETIME(3)  NULL,
    PRIMARY KEY (caller, idem_key),
    KEY ix_api_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

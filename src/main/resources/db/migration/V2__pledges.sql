-- Pledges (giao ước thi đua): versions, clauses, structured targets, required signers, signatures, registrations,
-- revisions, comments and an append-only hash-chained event log; the rating scale per campaign; the award catalogue;
-- uploaded files (stored in the database: outside the web root, transactional, served only through checked servlets).

-- Office that signs a pledge for a unit: the chair or a vice-chair of the commune Front committee.
ALTER TABLE account ADD COLUMN office VARCHAR(16) NULL;   -- CHAIR, VICE_CHAIR

CREATE TABLE rating_level (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL,
    code         VARCHAR(16)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    rank_order   INT          NOT NULL,   -- 1 = best
    CONSTRAINT uq_rating_level_code UNIQUE (campaign_id, code),
    CONSTRAINT uq_rating_level_rank UNIQUE (campaign_id, rank_order),
    CONSTRAINT fk_rating_level_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

INSERT INTO rating_level (campaign_id, code, name, rank_order)
SELECT c.id, l.code, l.name, l.rank_order FROM campaign c CROSS JOIN (
    SELECT 'HTXS' AS code, 'Hoàn thành xuất sắc nhiệm vụ' AS name, 1 AS rank_order
    UNION ALL SELECT 'HTT', 'Hoàn thành tốt nhiệm vụ', 2
    UNION ALL SELECT 'HT', 'Hoàn thành nhiệm vụ', 3
    UNION ALL SELECT 'KHT', 'Không hoàn thành nhiệm vụ', 4) l;

-- Danh hiệu thi đua and hình thức khen thưởng that units register for: data that staff maintain.
CREATE TABLE award (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,   -- TITLE, COMMENDATION
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_award_code UNIQUE (code),
    CONSTRAINT uq_award_name UNIQUE (kind, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

INSERT INTO award (code, name, kind, sort_order) VALUES
 ('co-thi-dua-ubmttq-tinh', 'Cờ thi đua của Ủy ban MTTQ Việt Nam tỉnh', 'TITLE', 10),
 ('co-thi-dua-ubtw-mttq', 'Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam', 'TITLE', 15),
 ('tap-the-lao-dong-xuat-sac', 'Tập thể lao động xuất sắc', 'TITLE', 20),
 ('tap-the-lao-dong-tien-tien', 'Tập thể lao động tiên tiến', 'TITLE', 30),
 ('hoan-thanh-xuat-sac-nhiem-vu', 'Hoàn thành xuất sắc nhiệm vụ', 'TITLE', 40),
 ('lao-dong-tien-tien', 'Lao động tiên tiến', 'TITLE', 50),
 ('bang-khen-ubtw-mttq', 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', 'COMMENDATION', 10),
 ('bang-khen-ubmttq-tinh', 'Bằng khen của Ủy ban MTTQ Việt Nam tỉnh', 'COMMENDATION', 20),
 ('giay-khen-ubmttq', 'Giấy khen của Ủy ban MTTQ Việt Nam cấp trên', 'COMMENDATION', 30),
 ('ky-niem-chuong-dai-doan-ket', 'Kỷ niệm chương “Vì sự nghiệp đại đoàn kết dân tộc”', 'COMMENDATION', 40);

CREATE TABLE stored_file (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sha256                 CHAR(64)     NOT NULL,
    content_type           VARCHAR(64)  NOT NULL,
    size_bytes             BIGINT       NOT NULL,
    file_name              VARCHAR(200) NOT NULL,
    content                LONGBLOB     NOT NULL,
    created_at             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_by_account_id  BIGINT       NULL,
    CONSTRAINT fk_stored_file_account FOREIGN KEY (created_by_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_stored_file_sha ON stored_file (sha256);

CREATE TABLE pledge (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cluster_id   BIGINT NOT NULL,
    campaign_id  BIGINT NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_pledge_cluster UNIQUE (cluster_id),
    CONSTRAINT fk_pledge_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_pledge_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE pledge_version (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pledge_id          BIGINT       NOT NULL,
    number             INT          NOT NULL,
    status             VARCHAR(16)  NOT NULL,   -- DRAFT, DISCUSSION, FINAL, SIGNED, SUPERSEDED
    title              VARCHAR(300) NOT NULL,
    place              VARCHAR(100) NOT NULL,
    preamble           TEXT         NULL,
    signer_policy      VARCHAR(32)  NOT NULL,   -- CHAIRS, CHAIRS_AND_VICE_CHAIRS
    revision           INT          NOT NULL DEFAULT 0,
    fingerprint        CHAR(64)     NULL,
    verification_code  VARCHAR(20)  NULL,
    -- what the signers saw, frozen at finalising: later renames of the campaign or cluster are not tampering
    frozen_organiser   VARCHAR(32)  NULL,
    frozen_year        INT          NULL,
    frozen_campaign    VARCHAR(200) NULL,
    frozen_cluster     VARCHAR(200) NULL,
    finalised_at       TIMESTAMP(3) NULL,
    signed_at          TIMESTAMP(3) NULL,
    document_file_id   BIGINT       NULL,
    document_sha256    CHAR(64)     NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_pledge_version UNIQUE (pledge_id, number),
    CONSTRAINT uq_pledge_version_code UNIQUE (verification_code),
    CONSTRAINT fk_pledge_version_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id),
    CONSTRAINT fk_pledge_version_document FOREIGN KEY (document_file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_pledge_version_document ON pledge_version (document_sha256);

CREATE TABLE pledge_clause (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(300) NOT NULL,
    body        TEXT         NOT NULL,
    CONSTRAINT fk_pledge_clause_version FOREIGN KEY (version_id) REFERENCES pledge_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_pledge_clause_version ON pledge_clause (version_id, position);

CREATE TABLE pledge_target (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    code             VARCHAR(40)   NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    kind             VARCHAR(24)   NOT NULL,   -- RATED_SHARE, RATED_COUNT_AT_MOST, QUANTITY, PEOPLE_SHARE, DONE
    subject          VARCHAR(16)   NULL,       -- CHILD_UNITS, MEMBER_UNITS (rated kinds)
    child_type_code  VARCHAR(32)   NULL,       -- unit type of the rated child units ('AP', ...); null = every child
    level_code       VARCHAR(16)   NULL,
    threshold        DECIMAL(18,2) NULL,       -- percent, count or quota
    base_code        VARCHAR(40)   NULL,       -- "of which": the share is taken over the units counted by this target
    unit_of_measure  VARCHAR(40)   NULL,
    people_group     VARCHAR(200)  NULL,
    people_title     VARCHAR(200)  NULL,
    deadline         DATE          NULL,
    each_member      BOOLEAN       NOT NULL,
    cluster_wide     BOOLEAN       NOT NULL,
    clause_position  INT           NULL,
    CONSTRAINT uq_pledge_target_code UNIQUE (version_id, code),
    CONSTRAINT fk_pledge_target_version FOREIGN KEY (version_id) REFERENCES pledge_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE pledge_quota (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_id  BIGINT        NOT NULL,
    unit_id    BIGINT        NOT NULL,
    quota      DECIMAL(18,2) NOT NULL,
    CONSTRAINT uq_pledge_quota UNIQUE (target_id, unit_id),
    CONSTRAINT fk_pledge_quota_target FOREIGN KEY (target_id) REFERENCES pledge_target (id) ON DELETE CASCADE,
    CONSTRAINT fk_pledge_quota_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Required signatures, frozen when the version is finalised.
CREATE TABLE pledge_signer (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    office      VARCHAR(16)  NOT NULL,   -- CHAIR, VICE_CHAIR
    position    INT          NOT NULL,
    unit_code   VARCHAR(32)  NOT NULL,   -- the unit as it was named when the pledge was finalised
    unit_name   VARCHAR(200) NOT NULL,
    CONSTRAINT uq_pledge_signer UNIQUE (version_id, unit_id, office),
    CONSTRAINT fk_pledge_signer_version FOREIGN KEY (version_id) REFERENCES pledge_version (id),
    CONSTRAINT fk_pledge_signer_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Signatures are never updated or deleted; the unique key settles two signings racing for one unit and office.
CREATE TABLE pledge_signature (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id              BIGINT       NOT NULL,
    unit_id                 BIGINT       NOT NULL,
    office                  VARCHAR(16)  NOT NULL,   -- CHAIR, VICE_CHAIR, CONFIRM (the organiser's confirmation)
    method                  VARCHAR(16)  NOT NULL,   -- ONLINE, PAPER
    account_id              BIGINT       NULL,
    signer_name             VARCHAR(200) NOT NULL,
    signer_position         VARCHAR(200) NOT NULL,
    unit_name               VARCHAR(200) NOT NULL,
    signed_at               TIMESTAMP(3) NOT NULL,
    fingerprint             CHAR(64)     NOT NULL,
    client_address          VARCHAR(64)  NULL,
    user_agent              VARCHAR(400) NULL,
    scan_file_id            BIGINT       NULL,
    recorded_by_account_id  BIGINT       NULL,
    CONSTRAINT uq_pledge_signature UNIQUE (version_id, unit_id, office),
    CONSTRAINT fk_pledge_signature_version FOREIGN KEY (version_id) REFERENCES pledge_version (id),
    CONSTRAINT fk_pledge_signature_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_pledge_signature_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_pledge_signature_scan FOREIGN KEY (scan_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_pledge_signature_recorder FOREIGN KEY (recorded_by_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- Đăng ký thi đua: the title and the commendation a unit aims for, given with its signature.
CREATE TABLE pledge_registration (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id                BIGINT       NOT NULL,
    unit_id                   BIGINT       NOT NULL,
    title_award_id            BIGINT       NULL,
    commendation_award_id     BIGINT       NULL,
    registered_by_account_id  BIGINT       NULL,
    registered_at             TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_pledge_registration UNIQUE (version_id, unit_id),
    CONSTRAINT fk_pledge_registration_version FOREIGN KEY (version_id) REFERENCES pledge_version (id),
    CONSTRAINT fk_pledge_registration_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_pledge_registration_title FOREIGN KEY (title_award_id) REFERENCES award (id),
    CONSTRAINT fk_pledge_registration_commendation FOREIGN KEY (commendation_award_id) REFERENCES award (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE pledge_revision (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id   BIGINT       NOT NULL,
    number       INT          NOT NULL,
    summary      VARCHAR(300) NOT NULL,
    content      LONGTEXT     NOT NULL,
    author_name  VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_pledge_revision UNIQUE (version_id, number),
    CONSTRAINT fk_pledge_revision_version FOREIGN KEY (version_id) REFERENCES pledge_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE pledge_comment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id   BIGINT       NOT NULL,
    revision     INT          NOT NULL,
    unit_id      BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    author_name  VARCHAR(200) NOT NULL,
    anchor       VARCHAR(60)  NOT NULL,   -- 'general', 'clause:2', 'target:quy-vi-nguoi-ngheo'
    body         TEXT         NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_pledge_comment_version FOREIGN KEY (version_id) REFERENCES pledge_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_pledge_comment_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_pledge_comment_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_pledge_comment_version ON pledge_comment (version_id, created_at);

CREATE TABLE pledge_reminder (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    sent_by     VARCHAR(200) NOT NULL,
    sent_at     TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_pledge_reminder_version FOREIGN KEY (version_id) REFERENCES pledge_version (id),
    CONSTRAINT fk_pledge_reminder_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_pledge_reminder_unit ON pledge_reminder (unit_id, version_id);

-- Append-only and hash-chained per pledge: each entry's hash covers the previous one, so an altered or removed row
-- breaks the chain from that entry on.
CREATE TABLE pledge_event (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pledge_id         BIGINT       NOT NULL,
    seq               INT          NOT NULL,
    version_number    INT          NOT NULL,
    event_type        VARCHAR(24)  NOT NULL,
    actor_account_id  BIGINT       NULL,
    actor_name        VARCHAR(200) NOT NULL,
    occurred_at       TIMESTAMP(3) NOT NULL,
    details           TEXT         NOT NULL,
    prev_hash         CHAR(64)     NOT NULL,
    hash              CHAR(64)     NOT NULL,
    CONSTRAINT uq_pledge_event UNIQUE (pledge_id, seq),
    CONSTRAINT fk_pledge_event_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

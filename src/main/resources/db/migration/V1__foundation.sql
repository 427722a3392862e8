-- Thi Đua foundation: units, accounts, API tokens, campaigns, clusters.
-- utf8mb4 everywhere; Vietnamese-aware collation so that names sort as Vietnamese readers expect.

CREATE TABLE unit_type (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    category    VARCHAR(20)  NOT NULL,   -- REGION, COMMUNE, HAMLET, MEMBER_ORG (levels are data, not code)
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_unit_type_code UNIQUE (code),
    CONSTRAINT uq_unit_type_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE unit (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    type_id         BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    -- materialised path of codes, '/91/909/31021/': subtree checks and queries without recursion
    path            VARCHAR(600) NOT NULL,
    depth           INT          NOT NULL,
    valid_from      DATE         NULL,
    valid_to        DATE         NULL,
    merged_into_id  BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_type FOREIGN KEY (type_id) REFERENCES unit_type (id),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_merged FOREIGN KEY (merged_into_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_unit_parent_name ON unit (parent_id, name);
CREATE INDEX ix_unit_path ON unit (path);
CREATE INDEX ix_unit_name ON unit (name);

CREATE TABLE account (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username              VARCHAR(64)  NOT NULL,
    full_name             VARCHAR(200) NOT NULL,
    position_title        VARCHAR(200) NULL,
    role                  VARCHAR(16)  NOT NULL,   -- ADMIN, STAFF, CHAIR, VIEWER
    unit_id               BIGINT       NULL,
    password_hash         VARCHAR(255) NOT NULL,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at            TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_sign_in_at       TIMESTAMP(3) NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_account_unit ON account (unit_id);

CREATE TABLE api_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    token_prefix  VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_used_at  TIMESTAMP(3) NULL,
    revoked_at    TIMESTAMP(3) NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE campaign (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organiser_unit_id  BIGINT       NOT NULL,
    year               INT          NOT NULL,
    name               VARCHAR(200) NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL,
    status             VARCHAR(16)  NOT NULL,   -- DRAFT, LAUNCHED, CLOSED
    copied_from_id     BIGINT       NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_campaign UNIQUE (organiser_unit_id, year, name),
    CONSTRAINT fk_campaign_organiser FOREIGN KEY (organiser_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_campaign_copied FOREIGN KEY (copied_from_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE cluster (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id          BIGINT       NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    -- the same cluster across years shares a lineage key: the leader history reads it
    lineage_key          CHAR(36)     NOT NULL,
    leader_unit_id       BIGINT       NOT NULL,
    deputy_unit_id       BIGINT       NULL,
    leader_confirmed     BOOLEAN      NOT NULL DEFAULT TRUE,
    next_leader_unit_id  BIGINT       NULL,
    next_deputy_unit_id  BIGINT       NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_cluster_name UNIQUE (campaign_id, name),
    CONSTRAINT fk_cluster_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_cluster_leader FOREIGN KEY (leader_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_cluster_deputy FOREIGN KEY (deputy_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_cluster_next_leader FOREIGN KEY (next_leader_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_cluster_next_deputy FOREIGN KEY (next_deputy_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_cluster_lineage ON cluster (lineage_key);

CREATE TABLE cluster_member (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cluster_id   BIGINT NOT NULL,
    campaign_id  BIGINT NOT NULL,
    unit_id      BIGINT NOT NULL,
    -- a unit is in at most one cluster of a campaign: the database guards it under concurrent registration
    CONSTRAINT uq_cluster_member_unit UNIQUE (campaign_id, unit_id),
    CONSTRAINT fk_cluster_member_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id) ON DELETE CASCADE,
    CONSTRAINT fk_cluster_member_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_cluster_member_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_cluster_member_cluster ON cluster_member (cluster_id);

-- Unit types as data. The 2025 reform removed districts: nothing in code depends on a level's name.
INSERT INTO unit_type (code, name, category, sort_order) VALUES
 ('TINH', 'Tỉnh', 'REGION', 10),
 ('THANH_PHO', 'Thành phố', 'REGION', 11),
 ('HUYEN', 'Huyện', 'REGION', 20),
 ('QUAN', 'Quận', 'REGION', 21),
 ('THI_XA', 'Thị xã', 'REGION', 22),
 ('XA', 'Xã', 'COMMUNE', 30),
 ('PHUONG', 'Phường', 'COMMUNE', 31),
 ('THI_TRAN', 'Thị trấn', 'COMMUNE', 32),
 ('DAC_KHU', 'Đặc khu', 'COMMUNE', 33),
 ('AP', 'Ấp', 'HAMLET', 40),
 ('KHU_PHO', 'Khu phố', 'HAMLET', 41),
 ('THON', 'Thôn', 'HAMLET', 42),
 ('TO_DAN_PHO', 'Tổ dân phố', 'HAMLET', 43),
 ('HLHPN', 'Hội Liên hiệp Phụ nữ', 'MEMBER_ORG', 50),
 ('DOAN_TN', 'Đoàn Thanh niên', 'MEMBER_ORG', 51),
 ('HOI_ND', 'Hội Nông dân', 'MEMBER_ORG', 52),
 ('HOI_CCB', 'Hội Cựu chiến binh', 'MEMBER_ORG', 53),
 ('CONG_DOAN', 'Công đoàn', 'MEMBER_ORG', 54);

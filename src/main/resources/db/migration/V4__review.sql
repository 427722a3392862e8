-- Year-end cluster review (tổng kết, bình xét): the campaign's scoring sheet (areas -> criteria) and rating bands,
-- each member unit's self-score with evidence, the review, the final score, the meeting with its vote, the
-- commendation proposals, and the rotating flag's holder. Eligibility rules for proposals are data on the award.

CREATE TABLE score_criterion (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id        BIGINT        NOT NULL,
    parent_id          BIGINT        NULL,
    code               VARCHAR(20)   NOT NULL,
    name               VARCHAR(500)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,   -- SCORED, BONUS (the group's maximum is a cap), DEDUCTION
    max_points         DECIMAL(7,2)  NOT NULL,
    evidence_required  BOOLEAN       NOT NULL DEFAULT FALSE,
    target_code        VARCHAR(40)   NULL,       -- a pledge target: points computed from the tally
    link_mode          VARCHAR(16)   NULL,       -- ALL_OR_NOTHING, PROPORTIONAL
    position           INT           NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_score_criterion UNIQUE (campaign_id, code),
    CONSTRAINT fk_score_criterion_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_score_criterion_parent FOREIGN KEY (parent_id) REFERENCES score_criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE score_band (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL,
    level_code   VARCHAR(16)   NOT NULL,
    min_points   DECIMAL(7,2)  NOT NULL,
    CONSTRAINT uq_score_band UNIQUE (campaign_id, level_code),
    CONSTRAINT fk_score_band_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- the area whose score breaks ties in the ranking, after the number of targets met
ALTER TABLE campaign ADD COLUMN tie_break_criterion_id BIGINT NULL,
    ADD CONSTRAINT fk_campaign_tie_break FOREIGN KEY (tie_break_criterion_id) REFERENCES score_criterion (id);

CREATE TABLE review_sheet (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL,
    cluster_id       BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,   -- SELF_SCORING, SUBMITTED, REVIEWED, FINALISED
    final_total      DECIMAL(8,2)  NULL,
    final_level_code VARCHAR(16)   NULL,
    targets_met      INT           NULL,
    tie_break_points DECIMAL(8,2)  NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    updated_at       TIMESTAMP(3)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_sheet UNIQUE (campaign_id, unit_id),
    CONSTRAINT fk_review_sheet_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_review_sheet_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_review_sheet_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_review_sheet_cluster ON review_sheet (cluster_id);

CREATE TABLE review_score (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id         BIGINT        NOT NULL,
    criterion_id     BIGINT        NOT NULL,
    self_points      DECIMAL(7,2)  NULL,
    self_note        VARCHAR(2000) NULL,
    reviewed_points  DECIMAL(7,2)  NULL,
    review_reason    VARCHAR(1000) NULL,
    final_points     DECIMAL(7,2)  NULL,
    CONSTRAINT uq_review_score UNIQUE (sheet_id, criterion_id),
    CONSTRAINT fk_review_score_sheet FOREIGN KEY (sheet_id) REFERENCES review_sheet (id),
    CONSTRAINT fk_review_score_criterion FOREIGN KEY (criterion_id) REFERENCES score_criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE review_evidence (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    score_id        BIGINT        NOT NULL,
    stored_file_id  BIGINT        NOT NULL,
    CONSTRAINT fk_review_evidence_score FOREIGN KEY (score_id) REFERENCES review_score (id),
    CONSTRAINT fk_review_evidence_file FOREIGN KEY (stored_file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE review_change (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id       BIGINT        NOT NULL,
    criterion_code VARCHAR(20)   NULL,
    what           VARCHAR(24)   NOT NULL,   -- self, reviewed, evidence, status
    old_value      VARCHAR(120)  NULL,
    new_value      VARCHAR(120)  NULL,
    reason         VARCHAR(1000) NULL,
    changed_by     VARCHAR(64)   NOT NULL,
    changed_at     TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_review_change_sheet FOREIGN KEY (sheet_id) REFERENCES review_sheet (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_review_change ON review_change (sheet_id, changed_at);

CREATE TABLE review_meeting (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cluster_id       BIGINT        NOT NULL,
    held_on          DATE          NOT NULL,
    place            VARCHAR(200)  NULL,
    attendees        INT           NOT NULL,
    voters           INT           NOT NULL,
    attendee_names   VARCHAR(4000) NULL,
    minutes          TEXT          NULL,
    minutes_file_id  BIGINT        NULL,
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      TIMESTAMP(3)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_meeting UNIQUE (cluster_id),
    CONSTRAINT fk_review_meeting_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_review_meeting_file FOREIGN KEY (minutes_file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE review_ballot (
    id          BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT  NOT NULL,
    unit_id     BIGINT  NOT NULL,
    votes       INT     NOT NULL,
    CONSTRAINT uq_review_ballot UNIQUE (meeting_id, unit_id),
    CONSTRAINT fk_review_ballot_meeting FOREIGN KEY (meeting_id) REFERENCES review_meeting (id),
    CONSTRAINT fk_review_ballot_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE review_proposal (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cluster_id   BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    award_id     BIGINT        NOT NULL,
    award_kind   VARCHAR(16)   NOT NULL,   -- copied from the award: one proposal per unit and kind
    reason       VARCHAR(1000) NULL,
    proposed_by  VARCHAR(64)   NOT NULL,
    proposed_at  TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uq_review_proposal UNIQUE (cluster_id, unit_id, award_kind),
    CONSTRAINT fk_review_proposal_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_review_proposal_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_review_proposal_award FOREIGN KEY (award_id) REFERENCES award (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

-- eligibility of a proposal, per title, as data
ALTER TABLE award
    ADD COLUMN requires_registration BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN min_level_code        VARCHAR(16)  NULL,
    ADD COLUMN required_targets      VARCHAR(400) NULL,   -- '*' (every target) or target codes separated by commas
    ADD COLUMN max_per_cluster       INT          NULL,
    ADD COLUMN requires_vote_winner  BOOLEAN      NOT NULL DEFAULT FALSE;

-- the rotating flag (cờ luân lưu) of the cluster, held for the year by the unit honoured at the meeting
ALTER TABLE cluster ADD COLUMN flag_holder_unit_id BIGINT NULL,
    ADD CONSTRAINT fk_cluster_flag_holder FOREIGN KEY (flag_holder_unit_id) REFERENCES unit (id);

-- the Front's usual conditions: the flag goes to the one unit honoured by the meeting, registered for it, excellent
-- and meeting every pledged target; Bằng khen to excellent units, Giấy khen to units completing their tasks well
UPDATE award SET requires_registration = TRUE, min_level_code = 'HTXS', required_targets = '*', max_per_cluster = 1,
                 requires_vote_winner = TRUE
 WHERE code IN ('co-thi-dua-ubmttq-tinh', 'co-thi-dua-ubtw-mttq');
UPDATE award SET requires_registration = TRUE, min_level_code = 'HTXS' WHERE code = 'tap-the-lao-dong-xuat-sac';
UPDATE award SET requires_registration = TRUE, min_level_code = 'HTT' WHERE code = 'tap-the-lao-dong-tien-tien';
UPDATE award SET requires_registration = TRUE, min_level_code = 'HTXS' WHERE code = 'bang-khen-ubtw-mttq';
UPDATE award SET min_level_code = 'HTXS' WHERE code IN ('bang-khen-ubmttq-tinh', 'hoan-thanh-xuat-sac-nhiem-vu');
UPDATE award SET min_level_code = 'HTT' WHERE code IN ('giay-khen-ubmttq', 'lao-dong-tien-tien');
UPDATE award SET requires_registration = TRUE, min_level_code = 'HTT' WHERE code = 'ky-niem-chuong-dai-doan-ket';

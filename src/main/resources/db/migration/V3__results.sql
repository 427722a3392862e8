-- Year-end results: ratings of hamlet committees (by their commune) and of commune committees (by staff), the
-- figures of quantity, people-share and done targets, the reporting workflow per commune, and every change audited.

ALTER TABLE campaign ADD COLUMN results_published_at TIMESTAMP(3) NULL;

CREATE TABLE result_entry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id        BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,   -- the unit the value is about (a hamlet committee, or the commune)
    reporting_unit_id  BIGINT        NOT NULL,   -- the commune that reports it (the hamlet's parent, or itself)
    measure            VARCHAR(41)   NOT NULL,   -- 'rating' or a target code
    level_code         VARCHAR(16)   NULL,
    amount             DECIMAL(18,2) NULL,
    people_total       INT           NULL,
    people_reached     INT           NULL,
    done               BOOLEAN       NULL,
    entered_by         VARCHAR(64)   NOT NULL,
    entered_at         TIMESTAMP(3)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    -- one value per unit and measure: a later entry replaces it (concurrent entries never duplicate it)
    CONSTRAINT uq_result_entry UNIQUE (campaign_id, unit_id, measure),
    CONSTRAINT fk_result_entry_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_result_entry_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_result_entry_reporting FOREIGN KEY (reporting_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
-- covering index of the tally: ratings counted per commune and level without touching the rows
CREATE INDEX ix_result_tally ON result_entry (campaign_id, measure, reporting_unit_id, level_code, unit_id);

CREATE TABLE result_report (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL,   -- DRAFT, SUBMITTED, RETURNED, ACCEPTED
    reason       VARCHAR(1000) NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMP(3)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_result_report UNIQUE (campaign_id, unit_id),
    CONSTRAINT fk_result_report_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_result_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;

CREATE TABLE result_change (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id        BIGINT        NOT NULL,
    reporting_unit_id  BIGINT        NOT NULL,
    unit_id            BIGINT        NULL,
    measure            VARCHAR(41)   NOT NULL,   -- a measure, or 'status' for workflow steps
    old_value          VARCHAR(120)  NULL,
    new_value          VARCHAR(120)  NULL,
    reason             VARCHAR(1000) NULL,
    changed_by         VARCHAR(64)   NOT NULL,
    changed_at         TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_result_change_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci;
CREATE INDEX ix_result_change ON result_change (campaign_id, reporting_unit_id, changed_at);

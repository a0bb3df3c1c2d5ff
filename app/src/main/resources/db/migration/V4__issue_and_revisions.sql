-- Issue step and revisions (issue 14, decision 0014), and a plan without a summary line.

-- Real Party programmes have no trích yếu: the plan file always allowed it, the table refused it on import.
ALTER TABLE plan ALTER COLUMN summary SET NULL;

-- When a plan was issued (Ban hành) and, optionally, the signed file kept with it. The number and date stay in the
-- plan row; a plan with status ISSUED or SUPERSEDED has one row here (an older database's issued plans may not).
CREATE TABLE plan_issue (
    plan_id             BIGINT         PRIMARY KEY,
    issued_at           TIMESTAMP      NOT NULL,
    signed_file         VARCHAR(1000),
    signed_sha256       VARCHAR(64),
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_plan_issue_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);

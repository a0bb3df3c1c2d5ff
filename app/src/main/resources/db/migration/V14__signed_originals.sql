-- The signed original (bản gốc ký số, decision 0030): the PDF a signer tool returned for a plan or for a period's
-- report, kept as a copy inside the data folder (stored_file, relative to it) with its checksum. The newest row of a
-- plan or period is its signed original; an undo removes the row (the copy stays on disk).
CREATE TABLE signed_original (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id             BIGINT,
    period_id           BIGINT,
    doc_number          VARCHAR(100)   NOT NULL,
    doc_date            DATE           NOT NULL,
    stored_file         VARCHAR(1000)  NOT NULL,
    original_name       VARCHAR(500)   NOT NULL,
    sha256              VARCHAR(64)    NOT NULL,
    size_bytes          BIGINT         NOT NULL,
    signatures          INT            NOT NULL,
    signer_names        VARCHAR(1000),
    recorded_at         TIMESTAMP      NOT NULL,
    recorded_by         VARCHAR(100)   NOT NULL,
    CONSTRAINT ck_signed_original_owner CHECK ((plan_id IS NULL) <> (period_id IS NULL)),
    CONSTRAINT fk_signed_original_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_signed_original_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE
);
CREATE INDEX ix_signed_original_plan ON signed_original (plan_id, id);
CREATE INDEX ix_signed_original_period ON signed_original (period_id, id);

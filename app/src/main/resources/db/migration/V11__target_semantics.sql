-- Target semantics (docs/decisions/0024-target-semantics.md).
-- A relative target ("tăng thêm 10 %") says what its figure measures: PERCENT of the baseline, or ABSOLUTE, a
-- difference in the indicator's unit (percentage points on a rate). NULL: not stated, read from the wording where it
-- leaves no doubt. It may carry its own baseline (value, year); without one the indicator's baseline counts.
ALTER TABLE indicator_target ADD COLUMN relative_change VARCHAR(20);
ALTER TABLE indicator_target ADD CONSTRAINT ck_target_relative_change
    CHECK (relative_change IS NULL OR (kind = 'RELATIVE' AND relative_change IN ('PERCENT', 'ABSOLUTE')));
ALTER TABLE indicator_target ADD COLUMN baseline_value DECIMAL(20, 6);
ALTER TABLE indicator_target ADD COLUMN baseline_year INT;
ALTER TABLE indicator_target ADD CONSTRAINT ck_target_baseline
    CHECK ((baseline_value IS NULL AND baseline_year IS NULL) OR kind = 'RELATIVE');

-- Manual verdicts (đánh giá thủ công) on qualitative targets, per reporting period. Rows are only added, never
-- changed: the newest row of a period and indicator is the verdict in force (verdict NULL: withdrawn), the older ones
-- are its history with who recorded each and when.
CREATE TABLE target_verdict (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id           BIGINT         NOT NULL,
    indicator_id        BIGINT         NOT NULL,
    verdict             VARCHAR(20)    CHECK (verdict IN ('DAT', 'VUOT', 'CHUA_DAT')),
    note                VARCHAR(2000),
    recorded_at         TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    recorded_by         VARCHAR(100),
    CONSTRAINT fk_verdict_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_verdict_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
);
CREATE INDEX ix_verdict_period_indicator ON target_verdict (period_id, indicator_id, id);

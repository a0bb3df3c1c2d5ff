-- Period lock and checks on figures (docs/decisions/0027-period-lock-and-figure-checks.md).

-- A period whose report was sent upward (sent_at set) is locked: its figures cannot change. Reopening sets this flag
-- (with a reason, recorded in period_event); the next sending clears it, locking the period again.
ALTER TABLE reporting_period ADD COLUMN reopened BOOLEAN DEFAULT FALSE NOT NULL;

-- What happened to a period's figures, who did it and why: the report sent (to whom), the period reopened (the
-- reason), a flagged figure accepted (the note). Shown as the period's "Lịch sử"; never edited.
CREATE TABLE period_event (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id           BIGINT         NOT NULL,
    kind                VARCHAR(20)    NOT NULL CHECK (kind IN ('SENT', 'REOPENED', 'FIGURE_ACCEPTED')),
    happened_at         TIMESTAMP      NOT NULL,
    done_by             VARCHAR(100)   NOT NULL,
    subject             VARCHAR(1000),
    detail              VARCHAR(4000)  NOT NULL,
    CONSTRAINT fk_period_event_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE
);
CREATE INDEX ix_period_event_period ON period_event (period_id, happened_at);

-- A flagged figure (out of its unit of measure's range, or a big change from the previous period) that the official
-- accepted with a note. It holds for that unit, indicator and period while the unit's figure is this value; a
-- different figure is checked afresh.
CREATE TABLE figure_acceptance (
    period_id           BIGINT         NOT NULL,
    unit_id             BIGINT         NOT NULL,
    indicator_id        BIGINT         NOT NULL,
    result_value        DECIMAL(20, 6) NOT NULL,
    note                VARCHAR(2000)  NOT NULL,
    accepted_at         TIMESTAMP      NOT NULL,
    accepted_by         VARCHAR(100)   NOT NULL,
    PRIMARY KEY (period_id, unit_id, indicator_id),
    CONSTRAINT fk_acceptance_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_acceptance_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_acceptance_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
);

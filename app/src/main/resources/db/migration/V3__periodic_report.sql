-- Periodic report (báo cáo định kỳ) of the commune for a period: the office's edited draft and the package sent upward.

-- The report's own number, date and when its draft was last generated; one report per period.
CREATE TABLE period_report (
    period_id           BIGINT         PRIMARY KEY,
    report_number       VARCHAR(20),
    report_date         DATE,
    generated_at        TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_period_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE
);

-- The text of each part of the outline (I. … V.) as the official left it; one row per part.
CREATE TABLE period_report_section (
    period_id           BIGINT         NOT NULL,
    part                VARCHAR(30)    NOT NULL,
    body                CLOB           NOT NULL,
    PRIMARY KEY (period_id, part),
    CONSTRAINT fk_report_section_report FOREIGN KEY (period_id) REFERENCES period_report (period_id)
        ON DELETE CASCADE
);

-- The province's deadline for the commune's report when it differs from the units' due date, and the folder of the
-- package last built (sent_at / sent_to from V1 record when and to whom).
ALTER TABLE reporting_period ADD COLUMN upward_due_date DATE;
ALTER TABLE reporting_period ADD COLUMN sent_package VARCHAR(1000);

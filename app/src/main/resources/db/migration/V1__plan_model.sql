-- The commune, its plans and everything a plan document holds.
-- Enum-like columns are VARCHAR with CHECKs so that a wrong value fails in the database too.

CREATE TABLE commune_profile (
    id                      INT DEFAULT 1 PRIMARY KEY CHECK (id = 1),
    official_name           VARCHAR(200) NOT NULL,
    kind                    VARCHAR(20)  NOT NULL CHECK (kind IN ('XA', 'PHUONG', 'DAC_KHU')),
    province                VARCHAR(200) NOT NULL,
    people_committee_name   VARCHAR(200) NOT NULL,
    party_committee_name    VARCHAR(200),
    place_name              VARCHAR(100) NOT NULL,
    created_at              TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by              VARCHAR(100)
);

CREATE TABLE default_signer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    position        INT          NOT NULL,
    family          VARCHAR(20)  NOT NULL CHECK (family IN ('ADMINISTRATIVE', 'PARTY')),
    authority       VARCHAR(200),
    deputy_mark     VARCHAR(200),
    title           VARCHAR(200) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT uk_default_signer_position UNIQUE (position)
);

CREATE TABLE upward_recipient (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    position        INT          NOT NULL,
    name            VARCHAR(300) NOT NULL,
    email           VARCHAR(320),
    created_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT uk_upward_recipient_position UNIQUE (position)
);

-- Units (cơ quan, đơn vị) belong to the commune, not to one plan: plans share them.
CREATE TABLE unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    -- name folded for matching: lower case, tone marks in one canonical place, spaces collapsed
    match_key       VARCHAR(300) NOT NULL,
    short_name      VARCHAR(100),
    kind            VARCHAR(30)  NOT NULL CHECK (kind IN ('OFFICE', 'HEALTH', 'POLICE', 'SCHOOL', 'FRONT',
                                 'PARTY', 'VILLAGE', 'SERVICE_CENTRE', 'INSURANCE', 'ENTERPRISE', 'OTHER')),
    email           VARCHAR(320),
    active          BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT uk_unit_match_key UNIQUE (match_key)
);

CREATE TABLE plan (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    family                  VARCHAR(20)   NOT NULL CHECK (family IN ('ADMINISTRATIVE', 'PARTY')),
    doc_type                VARCHAR(10)   NOT NULL CHECK (doc_type IN ('KH', 'CTR', 'BC', 'TTR', 'QD', 'TB', 'HD', 'NQ')),
    number                  VARCHAR(20),
    symbol                  VARCHAR(50)   NOT NULL,
    issue_date              DATE,
    place                   VARCHAR(100)  NOT NULL,
    summary                 VARCHAR(2000) NOT NULL,
    commune_name            VARCHAR(200)  NOT NULL,
    superior_body           VARCHAR(300),
    issuing_body            VARCHAR(300)  NOT NULL,
    opening_text            CLOB,
    closing_text            CLOB,
    signer_authority        VARCHAR(200),
    signer_deputy_mark      VARCHAR(200),
    signer_title            VARCHAR(200),
    signer_name             VARCHAR(200),
    start_year              INT           NOT NULL,
    end_year                INT           NOT NULL,
    vision_year             INT,
    status                  VARCHAR(20)   DEFAULT 'DRAFT' NOT NULL
                            CHECK (status IN ('DRAFT', 'ISSUED', 'SUPERSEDED')),
    revises_plan_id         BIGINT,
    -- reporting rule (chế độ báo cáo)
    report_quarterly        BOOLEAN       DEFAULT TRUE NOT NULL,
    report_half_year        BOOLEAN       DEFAULT TRUE NOT NULL,
    report_nine_month       BOOLEAN       DEFAULT FALSE NOT NULL,
    report_yearly           BOOLEAN       DEFAULT TRUE NOT NULL,
    report_deadline_day     INT           DEFAULT 20 NOT NULL CHECK (report_deadline_day BETWEEN 1 AND 31),
    report_day_counts       BOOLEAN       DEFAULT FALSE NOT NULL,
    report_weekend_policy   VARCHAR(20)   DEFAULT 'PREVIOUS_WORKING_DAY' NOT NULL
                            CHECK (report_weekend_policy IN ('PREVIOUS_WORKING_DAY', 'NEXT_WORKING_DAY', 'KEEP')),
    report_yearly_month     INT           CHECK (report_yearly_month BETWEEN 1 AND 12),
    report_yearly_day       INT           CHECK (report_yearly_day BETWEEN 1 AND 31),
    report_rule_text        VARCHAR(2000),
    created_at              TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by              VARCHAR(100),
    CONSTRAINT fk_plan_revises FOREIGN KEY (revises_plan_id) REFERENCES plan (id) ON DELETE SET NULL,
    CONSTRAINT ck_plan_years CHECK (start_year <= end_year AND start_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_plan_vision CHECK (vision_year IS NULL OR vision_year >= end_year),
    CONSTRAINT uk_plan_number UNIQUE (commune_name, number, symbol, issue_date)
);

CREATE TABLE basis_document (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    position        INT           NOT NULL,
    citation        VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT fk_basis_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT uk_basis_position UNIQUE (plan_id, position)
);

CREATE TABLE recipient (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    position        INT           NOT NULL,
    name            VARCHAR(500)  NOT NULL,
    note            VARCHAR(200),
    created_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT fk_recipient_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT uk_recipient_position UNIQUE (plan_id, position)
);

-- The outline: a tree of any depth; numbering is derived from the tree, never stored in text.
CREATE TABLE section (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    parent_id       BIGINT,
    position        INT           NOT NULL,
    kind            VARCHAR(20)   DEFAULT 'OTHER' NOT NULL CHECK (kind IN ('PURPOSES', 'REQUIREMENTS', 'TARGETS',
                    'VISION', 'TASKS', 'TASK_GROUP', 'ORGANISATION', 'FUNDING', 'REPORTING', 'OTHER')),
    heading         VARCHAR(1000),
    numbering       VARCHAR(20)   CHECK (numbering IN ('ROMAN', 'ARABIC', 'DECIMAL_PATH', 'LETTER', 'DASH', 'PLUS', 'NONE')),
    created_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT fk_section_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_section_parent FOREIGN KEY (parent_id) REFERENCES section (id) ON DELETE CASCADE,
    CONSTRAINT uk_section_position UNIQUE NULLS NOT DISTINCT (plan_id, parent_id, position)
);

CREATE TABLE section_block (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    section_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    kind            VARCHAR(20)   NOT NULL CHECK (kind IN ('PARAGRAPH', 'BULLET', 'SUB_BULLET', 'NOTE')),
    text            CLOB          NOT NULL,
    created_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT fk_block_section FOREIGN KEY (section_id) REFERENCES section (id) ON DELETE CASCADE,
    CONSTRAINT uk_block_position UNIQUE (section_id, position)
);

-- Groups of rows in an appendix table: I., II., ... of the indicator table and both matrices.
CREATE TABLE item_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    table_kind      VARCHAR(20)   NOT NULL CHECK (table_kind IN ('INDICATORS', 'TARGET_MATRIX', 'TASK_MATRIX')),
    position        INT           NOT NULL,
    label           VARCHAR(20),
    title           VARCHAR(1000),
    created_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by      VARCHAR(100),
    CONSTRAINT fk_group_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT uk_group_position UNIQUE (plan_id, table_kind, position)
);

CREATE TABLE indicator (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id             BIGINT         NOT NULL,
    group_id            BIGINT         NOT NULL,
    position            INT            NOT NULL,
    code                VARCHAR(50)    NOT NULL,
    number_label        VARCHAR(20),
    name                VARCHAR(2000)  NOT NULL,
    unit_of_measure     VARCHAR(100),
    baseline_value      DECIMAL(20, 6),
    baseline_year       INT,
    note                VARCHAR(4000),
    direction           VARCHAR(20)    DEFAULT 'HIGHER_IS_BETTER' NOT NULL
                        CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    deadline_kind       VARCHAR(20)    CHECK (deadline_kind IN ('RECURRING', 'YEARLY', 'BY_YEAR', 'FROM_YEAR',
                        'BY_MONTH', 'BY_QUARTER', 'YEAR_RANGE', 'CONDITIONAL', 'FREE_TEXT')),
    deadline_text       VARCHAR(500),
    deadline_year       INT,
    deadline_end_year   INT,
    deadline_month      INT            CHECK (deadline_month BETWEEN 1 AND 12),
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_indicator_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_group FOREIGN KEY (group_id) REFERENCES item_group (id) ON DELETE CASCADE,
    CONSTRAINT uk_indicator_code UNIQUE (plan_id, code),
    CONSTRAINT uk_indicator_position UNIQUE (group_id, position)
);

CREATE TABLE indicator_target (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id        BIGINT         NOT NULL,
    position            INT            NOT NULL,
    target_year         INT,
    kind                VARCHAR(20)    NOT NULL CHECK (kind IN ('NUMERIC', 'RANGE', 'RELATIVE', 'QUALITATIVE')),
    comparator          VARCHAR(2)     CHECK (comparator IN ('GE', 'GT', 'EQ', 'LE', 'LT')),
    target_value        DECIMAL(20, 6),
    upper_value         DECIMAL(20, 6),
    unit_of_measure     VARCHAR(100),
    qualitative_text    VARCHAR(2000),
    original_text       VARCHAR(2000),
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT uk_target_position UNIQUE (indicator_id, position),
    CONSTRAINT ck_target_shape CHECK (
        (kind = 'NUMERIC' AND comparator IS NOT NULL AND target_value IS NOT NULL AND upper_value IS NULL)
     OR (kind = 'RANGE' AND target_value IS NOT NULL AND upper_value IS NOT NULL AND target_value <= upper_value)
     OR (kind = 'RELATIVE' AND target_value IS NOT NULL)
     OR (kind = 'QUALITATIVE' AND qualitative_text IS NOT NULL))
);

-- Rows of Phụ lục 1 (targets) and Phụ lục 2 (tasks).
CREATE TABLE assignment_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id             BIGINT         NOT NULL,
    matrix              VARCHAR(20)    NOT NULL CHECK (matrix IN ('TARGET', 'TASK')),
    group_id            BIGINT         NOT NULL,
    parent_id           BIGINT,
    position            INT            NOT NULL,
    number_label        VARCHAR(20),
    content             CLOB           NOT NULL,
    indicator_id        BIGINT,
    deadline_kind       VARCHAR(20)    CHECK (deadline_kind IN ('RECURRING', 'YEARLY', 'BY_YEAR', 'FROM_YEAR',
                        'BY_MONTH', 'BY_QUARTER', 'YEAR_RANGE', 'CONDITIONAL', 'FREE_TEXT')),
    deadline_text       VARCHAR(500),
    deadline_year       INT,
    deadline_end_year   INT,
    deadline_month      INT            CHECK (deadline_month BETWEEN 1 AND 12),
    expected_product    VARCHAR(1000),
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_item_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_group FOREIGN KEY (group_id) REFERENCES item_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_parent FOREIGN KEY (parent_id) REFERENCES assignment_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE SET NULL,
    CONSTRAINT uk_item_position UNIQUE NULLS NOT DISTINCT (group_id, parent_id, position)
);

-- Lead (chủ trì) and cooperating (phối hợp) assignees of an indicator or an item, in printed order:
-- either a unit of the commune or generic text such as "Các cơ quan, đơn vị".
CREATE TABLE assignee (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id        BIGINT,
    item_id             BIGINT,
    role                VARCHAR(20)    NOT NULL CHECK (role IN ('LEAD', 'COOPERATING')),
    position            INT            NOT NULL,
    unit_id             BIGINT,
    generic_text        VARCHAR(500),
    -- the unit's name as this row prints it when it differs from the unit's own name ("Trạm Y tế" for "Trạm Y tế xã")
    printed_name        VARCHAR(500),
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_assignee_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignee_item FOREIGN KEY (item_id) REFERENCES assignment_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignee_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE RESTRICT,
    CONSTRAINT ck_assignee_owner CHECK ((indicator_id IS NULL) <> (item_id IS NULL)),
    CONSTRAINT ck_assignee_who CHECK ((unit_id IS NULL) <> (generic_text IS NULL)),
    CONSTRAINT uk_assignee_position UNIQUE NULLS NOT DISTINCT (indicator_id, item_id, role, position)
);
CREATE INDEX ix_assignee_unit ON assignee (unit_id);

-- Reporting cycle.
CREATE TABLE holiday (
    holiday_date        DATE           PRIMARY KEY,
    name                VARCHAR(200)   NOT NULL,
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100)
);

CREATE TABLE reporting_period (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id             BIGINT         NOT NULL,
    kind                VARCHAR(20)    NOT NULL CHECK (kind IN ('QUARTER', 'HALF_YEAR', 'NINE_MONTH', 'YEAR')),
    period_year         INT            NOT NULL,
    period_index        INT            NOT NULL CHECK (period_index BETWEEN 1 AND 4),
    cutoff_start        DATE           NOT NULL,
    cutoff_end          DATE           NOT NULL,
    due_date            DATE           NOT NULL,
    due_note            VARCHAR(500),
    sent_at             TIMESTAMP,
    sent_to             VARCHAR(2000),
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_period_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT uk_period UNIQUE (plan_id, kind, period_year, period_index),
    CONSTRAINT ck_period_cutoff CHECK (cutoff_start <= cutoff_end)
);

CREATE TABLE unit_submission (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id           BIGINT         NOT NULL,
    unit_id             BIGINT         NOT NULL,
    version             INT            NOT NULL CHECK (version >= 1),
    received_date       DATE           NOT NULL,
    source              VARCHAR(20)    NOT NULL CHECK (source IN ('FORM_FILE', 'MANUAL', 'PAPER')),
    file_name           VARCHAR(500),
    checksum            VARCHAR(128),
    note                VARCHAR(2000),
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_submission_period FOREIGN KEY (period_id) REFERENCES reporting_period (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE RESTRICT,
    CONSTRAINT uk_submission_version UNIQUE (period_id, unit_id, version)
);

CREATE TABLE task_progress (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id       BIGINT         NOT NULL,
    item_id             BIGINT         NOT NULL,
    status              VARCHAR(20)    NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STALLED')),
    result_text         CLOB,
    difficulties        CLOB,
    proposals           CLOB,
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_progress_submission FOREIGN KEY (submission_id) REFERENCES unit_submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_item FOREIGN KEY (item_id) REFERENCES assignment_item (id) ON DELETE CASCADE,
    CONSTRAINT uk_progress UNIQUE (submission_id, item_id)
);

CREATE TABLE indicator_result (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id       BIGINT         NOT NULL,
    indicator_id        BIGINT         NOT NULL,
    result_value        DECIMAL(20, 6),
    result_text         VARCHAR(2000),
    note                VARCHAR(2000),
    created_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    CONSTRAINT fk_result_submission FOREIGN KEY (submission_id) REFERENCES unit_submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_result_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT uk_result UNIQUE (submission_id, indicator_id),
    CONSTRAINT ck_result_present CHECK (result_value IS NOT NULL OR result_text IS NOT NULL)
);

-- The units a plan names (its "Tổ chức thực hiện" and matrices), in the order the plan file lists them.
CREATE TABLE plan_unit (
    plan_id             BIGINT         NOT NULL,
    unit_id             BIGINT         NOT NULL,
    position            INT            NOT NULL,
    PRIMARY KEY (plan_id, unit_id),
    CONSTRAINT fk_plan_unit_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
);

-- How each appendix table prints: at all, under which title, with which content-column heading.
CREATE TABLE plan_appendix (
    plan_id             BIGINT         NOT NULL,
    table_kind          VARCHAR(20)    NOT NULL CHECK (table_kind IN ('INDICATORS', 'TARGET_MATRIX', 'TASK_MATRIX')),
    printed             BOOLEAN        DEFAULT TRUE NOT NULL,
    title               VARCHAR(1000),
    content_heading     VARCHAR(200),
    updated_at          TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_by          VARCHAR(100),
    PRIMARY KEY (plan_id, table_kind),
    CONSTRAINT fk_appendix_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
);

-- The province collector's schema (decision 0038). Written in the SQL that H2 and PostgreSQL both take, because
-- the same Flyway migrations run on the embedded H2 file and on a shared PostgreSQL server: no H2-only types or
-- functions, no identity tricks, names never quoted, no reserved words as names (value, index, year, count, size).

-- Danh sách xã của tỉnh: the communes the province collects from; a package from a code not here is refused.
create table province_commune (
    code        varchar(5)   not null primary key,
    name        varchar(200) not null,
    province    varchar(200) not null,
    added_at    timestamp    not null -- UTC
);

-- Kỳ thu báo cáo: a period the province collects, with the day its communes' reports are due (late after it).
create table collection_period (
    period_kind  varchar(16) not null,
    period_year  integer     not null,
    period_index integer     not null,
    due_date     date        not null,
    primary key (period_kind, period_year, period_index)
);

-- Gói báo cáo đã nhận: every package taken in, kept for history; the one in force for a commune and period is the
-- one no later package replaced (replaced_by is null).
create table received_package (
    package_id       varchar(36)  not null primary key,
    commune_code     varchar(5)   not null references province_commune (code),
    commune_name     varchar(200) not null,
    province         varchar(200) not null,
    plan_global_id   varchar(36)  not null,
    plan_fingerprint varchar(64)  not null,
    plan_version     varchar(100) not null,
    period_kind      varchar(16)  not null,
    period_year      integer      not null,
    period_index     integer      not null,
    cutoff_start     date,
    cutoff_end       date,
    created_at       timestamp    not null, -- UTC, from the manifest
    received_at      timestamp    not null, -- UTC
    replaces         varchar(36),
    replaced_by      varchar(36),
    source_name      varchar(500) not null,
    manifest_sha256  varchar(64)  not null,
    app_version      varchar(50)  not null
);
create index received_package_period on received_package (period_kind, period_year, period_index, commune_code);
create unique index received_package_replaces on received_package (replaces);

-- Tệp trong gói: the files the manifest listed, with their checksums as received.
create table package_file (
    package_id varchar(36)  not null references received_package (package_id) on delete cascade,
    file_name  varchar(255) not null,
    sha256     varchar(64)  not null,
    byte_size  bigint       not null,
    primary key (package_id, file_name)
);

-- Kết quả chỉ tiêu của xã trong gói: one row per indicator line of ket-qua.json.
create table package_indicator (
    package_id   varchar(36)    not null references received_package (package_id) on delete cascade,
    row_no       integer        not null,
    code         varchar(50)    not null,
    name         varchar(2000)  not null,
    unit         varchar(200)   not null,
    target_text  varchar(2000)  not null,
    target_value decimal(24, 6),
    figure       decimal(24, 6),
    figure_text  varchar(4000),
    evaluation   varchar(30)    not null,
    primary key (package_id, code)
);
create index package_indicator_code on package_indicator (code);

-- Số nhiệm vụ theo tình trạng: the package's task counts per status.
create table package_task_count (
    package_id  varchar(36) not null references received_package (package_id) on delete cascade,
    task_status varchar(40) not null,
    task_count  integer     not null,
    primary key (package_id, task_status)
);

-- The collector's own settings and its import batches (decision 0043). Portable H2/PostgreSQL SQL, like V1.

-- Hồ sơ nơi tổng hợp: the province this collector serves, one row (profile_id = 1); packages of another province are
-- refused.
create table collector_profile (
    profile_id integer      not null primary key,
    province   varchar(200) not null,
    check (profile_id = 1)
);

-- Lần nhập: one "Nhập gói báo cáo" that stored at least one package, numbered in order, so the last can be undone.
create table import_batch (
    batch_id    varchar(36) not null primary key,
    batch_no    integer     not null unique,
    imported_at timestamp   not null -- UTC
);

-- Gói của lần nhập: each package a batch stored, and the package it replaced then (null for a first sending), so an
-- undo of the batch puts the replaced package back in force.
create table import_batch_package (
    batch_id    varchar(36) not null references import_batch (batch_id) on delete cascade,
    package_id  varchar(36) not null references received_package (package_id) on delete cascade,
    replaced_id varchar(36),
    primary key (batch_id, package_id)
);

-- The upward report package's identity (issue 17, docs/report-package-format.md): the package id of the last package
-- built for the period and confirmed sent. A package built after that names it in its manifest's "replaces", so the
-- province's collector takes it as a correction of the one it holds. NULL: nothing sent with an id yet.
ALTER TABLE reporting_period ADD COLUMN sent_package_id VARCHAR(36);

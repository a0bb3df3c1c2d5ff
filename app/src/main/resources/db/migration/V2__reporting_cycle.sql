-- Reporting cycle: unit report forms out and back, reminders, holiday seeding.

-- Forms for a period carry a version: it goes up when forms are generated again after the plan's rows changed,
-- so a returned form made from an older set of rows can be refused. The fingerprint is of the rows forms held.
ALTER TABLE reporting_period ADD COLUMN form_version INT DEFAULT 0 NOT NULL;
ALTER TABLE reporting_period ADD COLUMN form_fingerprint VARCHAR(64);
-- The day the start-up reminder for this period was shown, so it is shown once a day at most.
ALTER TABLE reporting_period ADD COLUMN reminder_shown_on DATE;

-- Which form (version, plan fingerprint) an imported submission came from.
ALTER TABLE unit_submission ADD COLUMN form_version INT;
ALTER TABLE unit_submission ADD COLUMN plan_fingerprint VARCHAR(64);
CREATE INDEX ix_submission_checksum ON unit_submission (checksum);

-- Years whose fixed national holidays were put into the holiday table once; a holiday the user deleted stays deleted.
CREATE TABLE holiday_seed_year (
    seed_year           INT            PRIMARY KEY,
    seeded_at           TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- The first reporting period an official picked for a plan (docs/decisions/0021-periods-from-the-plans-life.md),
-- stored as the first day of a month inside it. NULL: reporting starts with the period of the plan's issue date.
-- Kept apart from the issued text: it stays editable after issue, through its own use case only.
ALTER TABLE plan ADD COLUMN report_first_month DATE;

-- Dated deadline wordings (docs/decisions/0022-dated-deadline-wordings.md): a day of the month, and kinds for a day
-- or a half-year once, a day, month, quarter or half-year every year, and monthly, quarterly and half-yearly work.
-- The kind's CHECK constraint was declared inline in V1 and so has a generated name; the column is replaced (values
-- copied) so the constraint can be declared again, named, with the new kinds.
ALTER TABLE indicator ADD COLUMN deadline_day INT CHECK (deadline_day BETWEEN 1 AND 31);
ALTER TABLE indicator ADD COLUMN deadline_kind_v9 VARCHAR(20);
UPDATE indicator SET deadline_kind_v9 = deadline_kind;
ALTER TABLE indicator DROP COLUMN deadline_kind;
ALTER TABLE indicator ALTER COLUMN deadline_kind_v9 RENAME TO deadline_kind;
ALTER TABLE indicator ADD CONSTRAINT indicator_deadline_kind_check CHECK (deadline_kind IN ('RECURRING', 'YEARLY',
    'BY_YEAR', 'FROM_YEAR', 'BY_MONTH', 'BY_QUARTER', 'YEAR_RANGE', 'CONDITIONAL', 'FREE_TEXT', 'BY_DATE',
    'BY_HALF_YEAR', 'YEARLY_BY_DATE', 'YEARLY_BY_MONTH', 'YEARLY_BY_QUARTER', 'YEARLY_BY_HALF_YEAR', 'MONTHLY',
    'QUARTERLY', 'HALF_YEARLY'));

ALTER TABLE assignment_item ADD COLUMN deadline_day INT CHECK (deadline_day BETWEEN 1 AND 31);
ALTER TABLE assignment_item ADD COLUMN deadline_kind_v9 VARCHAR(20);
UPDATE assignment_item SET deadline_kind_v9 = deadline_kind;
ALTER TABLE assignment_item DROP COLUMN deadline_kind;
ALTER TABLE assignment_item ALTER COLUMN deadline_kind_v9 RENAME TO deadline_kind;
ALTER TABLE assignment_item ADD CONSTRAINT assignment_item_deadline_kind_check CHECK (deadline_kind IN ('RECURRING',
    'YEARLY', 'BY_YEAR', 'FROM_YEAR', 'BY_MONTH', 'BY_QUARTER', 'YEAR_RANGE', 'CONDITIONAL', 'FREE_TEXT', 'BY_DATE',
    'BY_HALF_YEAR', 'YEARLY_BY_DATE', 'YEARLY_BY_MONTH', 'YEARLY_BY_QUARTER', 'YEARLY_BY_HALF_YEAR', 'MONTHLY',
    'QUARTERLY', 'HALF_YEARLY'));

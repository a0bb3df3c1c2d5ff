-- Test-only migration that fails: proves a failed upgrade leaves the database as it was. Numbered far above the
-- real migrations so that it stays the newest whichever versions branches add.
ALTER TABLE no_such_table ADD COLUMN x INT;

-- Test-only migration that fails: proves a failed upgrade leaves the database as it was.
ALTER TABLE no_such_table ADD COLUMN x INT;

-- Test-only migration: proves that migrating an existing database first copies its file.
ALTER TABLE unit ADD COLUMN test_only_note VARCHAR(10);

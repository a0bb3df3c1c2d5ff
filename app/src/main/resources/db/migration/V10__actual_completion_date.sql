-- The actual completion date (ngày hoàn thành thực tế) a unit reports with a task it has done
-- (docs/decisions/0023-actual-completion-date.md). Null: not given; the task then counts as done on the day the
-- report saying so was received, as before this column existed.
ALTER TABLE task_progress ADD COLUMN completed_on DATE;

-- Samples open as demos whose units stay out of the office's list (docs/decisions/0036-samples-are-demos.md), and
-- the commune and its plans get identities a province can read (docs/decisions/0037-commune-identity.md).

-- A plan's global id (UUID text): created with the plan, kept when its plan file is imported elsewhere.
-- RANDOM_UUID() is H2's; the PostgreSQL port writes gen_random_uuid() here (decision 0037).
ALTER TABLE plan ADD COLUMN global_id VARCHAR(36);
UPDATE plan SET global_id = CAST(RANDOM_UUID() AS VARCHAR(36));
ALTER TABLE plan ALTER COLUMN global_id SET NOT NULL;
ALTER TABLE plan ADD CONSTRAINT uk_plan_global_id UNIQUE (global_id);

-- The issuing commune's administrative code (mã đơn vị hành chính, 5 digits) and province, as the plan file brought
-- them or the profile gave them when the plan was made; NULL: not known (plans from before).
ALTER TABLE plan ADD COLUMN commune_code VARCHAR(5);
ALTER TABLE plan ADD COLUMN province VARCHAR(200);

-- A sample opened to try the app (Mẫu – chỉ để xem thử): shown apart and counted nowhere.
ALTER TABLE plan ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
-- A demo of a sample never blocks importing the real plan it shows (same commune, number and date).
ALTER TABLE plan DROP CONSTRAINT uk_plan_number;
ALTER TABLE plan ADD CONSTRAINT uk_plan_number UNIQUE (commune_name, number, symbol, issue_date, demo);

ALTER TABLE commune_profile ADD COLUMN admin_code VARCHAR(5);

-- A unit that only a demo plan names belongs to that plan, not to the office's list. NULL: the office's unit.
-- No foreign key: deleting the demo plan deletes its units after the plan's rows that name them (PlanRepository).
ALTER TABLE unit ADD COLUMN demo_plan_id BIGINT;
ALTER TABLE unit DROP CONSTRAINT uk_unit_match_key;
-- NULLS NOT DISTINCT (H2 2.2+, PostgreSQL 15+): the office's own units stay unique by match key.
ALTER TABLE unit ADD CONSTRAINT uk_unit_match_key UNIQUE NULLS NOT DISTINCT (match_key, demo_plan_id);
CREATE INDEX ix_unit_demo_plan ON unit (demo_plan_id);

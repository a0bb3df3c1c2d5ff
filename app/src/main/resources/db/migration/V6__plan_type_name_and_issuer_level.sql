-- The printed type name ("CHƯƠNG TRÌNH HÀNH ĐỘNG") when it says more than the type's title, and the level of the
-- committee that issues the plan (COMMUNE, DISTRICT, PROVINCE); existing plans are commune plans printing their
-- type's title.
ALTER TABLE plan ADD COLUMN type_name VARCHAR(100);
ALTER TABLE plan ADD COLUMN issuer_level VARCHAR(20) DEFAULT 'COMMUNE' NOT NULL;

-- The edition of the Party's document rules a plan is laid out under (docs/decisions/0017-party-rules-2026.md).
-- Every plan stored before this column existed was made under HD 36-HD/VPTW (2018), so that is the default here;
-- new plans are given the 2026 rules (QĐ 399-QĐ/TW, HD 05-HD/VPTW) by the application.
ALTER TABLE plan ADD COLUMN party_rules VARCHAR(20) DEFAULT 'HD36_2018' NOT NULL;
ALTER TABLE plan ADD CONSTRAINT plan_party_rules_check CHECK (party_rules IN ('HD36_2018', 'HD05_2026'));

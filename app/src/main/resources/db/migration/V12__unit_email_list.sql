-- A unit's e-mail may be a list of addresses separated by ";" (the office's box and its head's); 320 characters
-- held one address at most. The text is checked in the application (UnitEmails), as the plan file's is.
ALTER TABLE unit ALTER COLUMN email SET DATA TYPE VARCHAR(1000);

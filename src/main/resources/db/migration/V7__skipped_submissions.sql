-- A file not taken in this time and tried again at the next run (it changed or vanished while it was read, or could
-- not be read) is recorded as SKIPPED, with why in rejection_reason. A file refused before a byte of it was copied
-- (too large) has no archived copy: archive_path stays null.
ALTER TABLE submission DROP CONSTRAINT submission_status;
ALTER TABLE submission ADD CONSTRAINT submission_status CHECK (status IN ('ACCEPTED', 'REJECTED', 'SKIPPED'));

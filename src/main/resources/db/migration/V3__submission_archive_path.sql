-- Where the read-only copy of a received file is kept (readiness.archive), so that the exact bytes behind every
-- version can be found even after the officer replaced or removed the file. Empty for files stored before the
-- archive existed.
ALTER TABLE submission ADD COLUMN archive_path VARCHAR(1024);

-- A file's values are stored as the file streams in, up to a million of them in one transaction. The key
-- (submission_id, indicator) cost every row a second index, and a look at the transaction's uncommitted rows to
-- prove the key unique; one value per indicator and file is the validator's rule (DUPLICATE_INDICATOR), checked
-- before any value of the file is stored. Each value still belongs to its submission (a foreign key) and is found
-- by it (an index), with the row of the file it came from.
CREATE TABLE submitted_value_by_submission (
    submission_id BIGINT        NOT NULL,
    indicator     VARCHAR(32)   NOT NULL,
    obs_value     DOUBLE PRECISION,
    unit_measure  VARCHAR(32)   NOT NULL,
    obs_status    VARCHAR(1)    NOT NULL,
    source        VARCHAR(1000) NOT NULL,
    note          VARCHAR(4000) NOT NULL,
    source_row    BIGINT        NOT NULL
);
INSERT INTO submitted_value_by_submission (submission_id, indicator, obs_value, unit_measure, obs_status, source,
                                           note, source_row)
SELECT submission_id, indicator, obs_value, unit_measure, obs_status, source, note, source_row FROM submitted_value;
DROP TABLE submitted_value;
ALTER TABLE submitted_value_by_submission RENAME TO submitted_value;
CREATE INDEX submitted_value_submission ON submitted_value (submission_id);
ALTER TABLE submitted_value ADD CONSTRAINT submitted_value_of_submission
    FOREIGN KEY (submission_id) REFERENCES submission (id);

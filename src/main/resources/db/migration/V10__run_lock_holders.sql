-- Who holds a run's lock (the intake, or an edition), written by the process that takes it, so that a second
-- process refused the lock can name the holder: host, process id and start time. The lock itself is PostgreSQL's
-- advisory lock of the holder's session (see eu.aireadiness.database.AdvisoryRunLocks); on H2 the database file
-- admits one process only, and this table stays empty.
CREATE TABLE run_lock_holder (
    lock_name      VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder_host    VARCHAR(255) NOT NULL,
    holder_pid     BIGINT       NOT NULL,
    holder_started TIMESTAMP    NOT NULL,
    taken_at       TIMESTAMP    NOT NULL
);

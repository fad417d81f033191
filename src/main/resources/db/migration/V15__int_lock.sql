-- The lock through which the serve processes on one database elect the one that runs the watcher and the schedule
-- (issue 14 part 7): Spring Integration's JDBC lock registry's table, as its 7.x DDL for H2 and PostgreSQL gives it
-- (the same statement for both). One row per lock held: the leader's client id, renewed until it expires.
CREATE TABLE INT_LOCK (
    LOCK_KEY      CHAR(36)     NOT NULL,
    REGION        VARCHAR(100) NOT NULL,
    CLIENT_ID     CHAR(36),
    CREATED_DATE  TIMESTAMP    NOT NULL,
    EXPIRED_AFTER TIMESTAMP    NOT NULL,
    CONSTRAINT INT_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION)
);

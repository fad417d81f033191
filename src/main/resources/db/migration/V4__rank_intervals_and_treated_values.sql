-- The value after outlier treatment, for the publications' raw / treated / normalised tables.
ALTER TABLE score ADD COLUMN treated_value DOUBLE PRECISION;

-- Each country's index rank under the uncertainty analysis of the method's assumptions: the nominal rank, and the
-- median, 5th and 95th percentiles of the ranks over the replications.
CREATE TABLE rank_interval (
    edition      INTEGER          NOT NULL,
    country      VARCHAR(2)       NOT NULL,
    code         VARCHAR(32)      NOT NULL,
    nominal_rank INTEGER          NOT NULL,
    median_rank  DOUBLE PRECISION NOT NULL,
    low_rank     DOUBLE PRECISION NOT NULL,
    high_rank    DOUBLE PRECISION NOT NULL,
    replications INTEGER          NOT NULL,
    PRIMARY KEY (edition, country, code)
);

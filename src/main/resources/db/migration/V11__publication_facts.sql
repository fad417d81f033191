-- What the computation of an edition works out for its publication besides the scores and rank intervals, so that
-- the publication step only loads and lays out, and never reads the edition's data again. Replaced with the scores.

-- One row per computed edition: that its facts are stored, whether the previous edition had accepted data (only
-- then do the publications compare the indicators reported), and the coherence statistics' index and threshold.
CREATE TABLE publication_edition (
    edition           INTEGER          NOT NULL PRIMARY KEY,
    previous_reported BOOLEAN          NOT NULL,
    coherence_index   VARCHAR(32)      NOT NULL,
    weak_threshold    DOUBLE PRECISION NOT NULL
);

-- The indicator codes that the previous edition's accepted data reported.
CREATE TABLE publication_previous_indicator (
    edition INTEGER     NOT NULL,
    code    VARCHAR(32) NOT NULL,
    PRIMARY KEY (edition, code)
);

-- How each country's data for the edition came in (SubmissionStatus), in country-code order.
CREATE TABLE publication_submission (
    edition            INTEGER      NOT NULL,
    country            VARCHAR(2)   NOT NULL,
    state              VARCHAR(32)  NOT NULL,
    file_name          VARCHAR(255),
    submission_version INTEGER      NOT NULL,
    reason             VARCHAR(32),
    PRIMARY KEY (edition, country)
);

-- Where each published value of a ranked country was submitted (ValueSource): the edition's own file, or the
-- previous edition's for a value carried forward.
CREATE TABLE publication_value_source (
    edition            INTEGER       NOT NULL,
    country            VARCHAR(2)    NOT NULL,
    code               VARCHAR(32)   NOT NULL,
    source             VARCHAR(1000) NOT NULL,
    file_name          VARCHAR(255)  NOT NULL,
    submission_version INTEGER       NOT NULL,
    source_row         BIGINT        NOT NULL,
    PRIMARY KEY (edition, country, code)
);

-- The coherence statistics of the framework on the edition's scores (CoherenceReport), each list in its order (seq).
-- A coefficient that could not be computed (NaN) is NULL.
CREATE TABLE publication_correlation (
    edition         INTEGER     NOT NULL,
    seq             INTEGER     NOT NULL,
    code            VARCHAR(32) NOT NULL,
    parent          VARCHAR(32) NOT NULL,
    level_no        INTEGER     NOT NULL,
    pearson_parent  DOUBLE PRECISION,
    spearman_parent DOUBLE PRECISION,
    n_parent        INTEGER     NOT NULL,
    pearson_index   DOUBLE PRECISION,
    spearman_index  DOUBLE PRECISION,
    n_index         INTEGER     NOT NULL,
    PRIMARY KEY (edition, seq)
);

-- children: the aggregate's children codes in order, comma-separated (codes are letters, digits and underscores).
CREATE TABLE publication_aggregate_coherence (
    edition               INTEGER       NOT NULL,
    seq                   INTEGER       NOT NULL,
    code                  VARCHAR(32)   NOT NULL,
    level_no              INTEGER       NOT NULL,
    children              VARCHAR       NOT NULL,
    cronbach_alpha        DOUBLE PRECISION,
    first_component_share DOUBLE PRECISION,
    n_units               INTEGER       NOT NULL,
    PRIMARY KEY (edition, seq)
);

CREATE TABLE publication_coherence_flag (
    edition     INTEGER     NOT NULL,
    seq         INTEGER     NOT NULL,
    code        VARCHAR(32) NOT NULL,
    paired_with VARCHAR(32) NOT NULL,
    parent      VARCHAR(32) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    correlation DOUBLE PRECISION,
    PRIMARY KEY (edition, seq)
);

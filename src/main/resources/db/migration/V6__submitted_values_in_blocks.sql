-- A file's values are stored in blocks of up to 1,000 consecutive values, one array per column, as the file streams
-- in. Stored one database row per value, a million-row file cost H2 about 3 microseconds a value in its row and
-- index trees and its undo log, and the commit rewrote every row: three times what reading and checking the file
-- costs. A block pays that once for 1,000 values.
--
-- Each value has its indicator, its number (NULL when missing), the row of the file it came from, and its attribute
-- set: the position, in the block's four attribute arrays, of its unit, status, source and note. A file repeats a
-- handful of such combinations over thousands of rows, so each distinct one is stored once per block.
--
-- The view submitted_value shows one row per value, as the table of that name did (V2 to V5), so that nothing reading
-- the values needs to know about blocks.
CREATE TABLE submitted_value_block (
    submission_id BIGINT                 NOT NULL,
    block_no      INTEGER                NOT NULL,
    indicator     VARCHAR(32) ARRAY      NOT NULL,
    obs_value     DOUBLE PRECISION ARRAY NOT NULL,
    source_row    BIGINT ARRAY           NOT NULL,
    attribute_set SMALLINT ARRAY         NOT NULL,
    unit_measures VARCHAR(32) ARRAY      NOT NULL,
    obs_statuses  VARCHAR(1) ARRAY       NOT NULL,
    sources       VARCHAR(1000) ARRAY    NOT NULL,
    notes         VARCHAR(4000) ARRAY    NOT NULL,
    PRIMARY KEY (submission_id, block_no),
    CONSTRAINT submitted_value_block_of_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    -- The view shows at most 1,000 values of a block (block_position).
    CONSTRAINT submitted_value_block_size CHECK (CARDINALITY(indicator) BETWEEN 1 AND 1000),
    CONSTRAINT submitted_value_block_values CHECK (CARDINALITY(obs_value) = CARDINALITY(indicator)
        AND CARDINALITY(source_row) = CARDINALITY(indicator)
        AND CARDINALITY(attribute_set) = CARDINALITY(indicator)),
    CONSTRAINT submitted_value_block_attributes CHECK (CARDINALITY(unit_measures) BETWEEN 1 AND 1000
        AND CARDINALITY(obs_statuses) = CARDINALITY(unit_measures)
        AND CARDINALITY(sources) = CARDINALITY(unit_measures) AND CARDINALITY(notes) = CARDINALITY(unit_measures))
);

-- The positions 1 to 1,000 of a block, for the view: standard SQL has no portable way to generate them, and H2 no
-- lateral UNNEST.
CREATE TABLE block_position (
    n INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO block_position (n)
SELECT d1.d + 10 * d2.d + 100 * d3.d + 1
FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS d1 (d)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS d2 (d)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS d3 (d);

-- The values stored so far, in blocks of 1,000 in the order of their rows, each block's attribute sets numbered in
-- the order of their content.
CREATE TABLE value_in_block AS
SELECT n.*, CAST(DENSE_RANK() OVER (PARTITION BY n.submission_id, n.block_no
                                    ORDER BY n.unit_measure, n.obs_status, n.source, n.note) AS SMALLINT)
            AS attribute_set
FROM (SELECT v.*, CAST((ROW_NUMBER() OVER (PARTITION BY v.submission_id ORDER BY v.source_row) - 1) / 1000 + 1
                       AS INTEGER) AS block_no
      FROM submitted_value v) AS n;
CREATE TABLE attribute_set_in_block AS
SELECT DISTINCT submission_id, block_no, attribute_set, unit_measure, obs_status, source, note FROM value_in_block;

INSERT INTO submitted_value_block (submission_id, block_no, indicator, obs_value, source_row, attribute_set,
                                   unit_measures, obs_statuses, sources, notes)
SELECT v.submission_id, v.block_no,
       ARRAY_AGG(v.indicator ORDER BY v.source_row), ARRAY_AGG(v.obs_value ORDER BY v.source_row),
       ARRAY_AGG(v.source_row ORDER BY v.source_row), ARRAY_AGG(v.attribute_set ORDER BY v.source_row),
       MIN(a.unit_measures), MIN(a.obs_statuses), MIN(a.sources), MIN(a.notes)
FROM value_in_block v
JOIN (SELECT submission_id, block_no,
             ARRAY_AGG(unit_measure ORDER BY attribute_set) AS unit_measures,
             ARRAY_AGG(obs_status ORDER BY attribute_set) AS obs_statuses,
             ARRAY_AGG(source ORDER BY attribute_set) AS sources,
             ARRAY_AGG(note ORDER BY attribute_set) AS notes
      FROM attribute_set_in_block
      GROUP BY submission_id, block_no) AS a
  ON a.submission_id = v.submission_id AND a.block_no = v.block_no
GROUP BY v.submission_id, v.block_no;

DROP TABLE attribute_set_in_block;
DROP TABLE value_in_block;
DROP TABLE submitted_value;

CREATE VIEW submitted_value AS
SELECT b.submission_id,
       b.indicator[p.n]                        AS indicator,
       b.obs_value[p.n]                        AS obs_value,
       b.unit_measures[b.attribute_set[p.n]]   AS unit_measure,
       b.obs_statuses[b.attribute_set[p.n]]    AS obs_status,
       b.sources[b.attribute_set[p.n]]         AS source,
       b.notes[b.attribute_set[p.n]]           AS note,
       b.source_row[p.n]                       AS source_row
FROM submitted_value_block b
JOIN block_position p ON p.n <= CARDINALITY(b.indicator);

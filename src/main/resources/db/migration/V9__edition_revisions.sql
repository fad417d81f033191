-- The accepted files that revise a published edition (its state in editions.csv was 'revision' when they came in).
-- The published files of that edition are never changed; each revision is listed instead in the notes of the next
-- publication: listed_in is the first edition after it that was open when the revision was accepted (NULL when none
-- was: then the next edition published lists it).
CREATE TABLE edition_revision (
    submission_id BIGINT  NOT NULL PRIMARY KEY,
    edition       INTEGER NOT NULL,
    listed_in     INTEGER,
    CONSTRAINT edition_revision_of_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

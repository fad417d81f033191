-- The COINr export of a computed edition (issue 13, part 3): its iData and iMeta tables and its method file, as the
-- files' text. Compute makes them from the edition's data sets, which the publication step no longer reads; the
-- publication writes them as they are. Replaced with the edition's scores.
CREATE TABLE publication_coinr_export (
    edition      INTEGER NOT NULL PRIMARY KEY,
    idata        TEXT    NOT NULL,
    imeta        TEXT    NOT NULL,
    method_file  TEXT    NOT NULL
);

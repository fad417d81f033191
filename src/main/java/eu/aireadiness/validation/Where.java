package eu.aireadiness.validation;

import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionFile;

/** How messages say where something is: "SK/AIRI_2026_SK.xlsx, sheet 'Data', row 17, column 'OBS_VALUE'". */
record Where(String file, String sheet) {

    static Where of(SubmissionFile file, ReadResult read) {
        return new Where(file.label(),
                read.sheet().map(s -> ", sheet '" + s + "'").orElse(""));
    }

    String row(long row) {
        return file + sheet + ", row " + row;
    }

    String cell(long row, SubmissionColumn column) {
        return row(row) + ", column '" + column.name() + "'";
    }
}

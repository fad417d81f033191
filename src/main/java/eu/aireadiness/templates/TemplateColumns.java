package eu.aireadiness.templates;

import java.util.List;

import eu.aireadiness.submission.SubmissionColumn;

/**
 * The columns of the template, in the order SDMX-CSV 2.0 writes them: the structure ({@code STRUCTURE},
 * {@code STRUCTURE_ID}), what the row does ({@code ACTION}), then the dimensions, the measure and the attributes.
 * The workbook's Data sheet and the CSV template both take their columns from this one list, so that a column's
 * place is written down once.
 */
final class TemplateColumns {

    static final List<SubmissionColumn> ORDER = List.of(SubmissionColumn.STRUCTURE, SubmissionColumn.STRUCTURE_ID,
            SubmissionColumn.ACTION, SubmissionColumn.REF_AREA, SubmissionColumn.TIME_PERIOD,
            SubmissionColumn.INDICATOR, SubmissionColumn.OBS_VALUE, SubmissionColumn.UNIT_MEASURE,
            SubmissionColumn.OBS_STATUS, SubmissionColumn.SOURCE, SubmissionColumn.NOTE);

    /** What SDMX-CSV 2.0 writes in {@code STRUCTURE} for a file of a dataflow's observations. */
    static final String STRUCTURE_DATAFLOW = "dataflow";

    private TemplateColumns() {
    }

    /** The zero-based column of a submission column in the template. */
    static int position(SubmissionColumn column) {
        int position = ORDER.indexOf(column);
        if (position < 0) {
            throw new IllegalArgumentException(column + " is not a column of the template");
        }
        return position;
    }

    /**
     * The width of the column in the workbook, in characters: its bold header and its content with room to spare
     * (LibreOffice's fonts run wider than Excel's), SOURCE and NOTE narrower than the rest allows so that the sheet
     * still prints one landscape page wide at a readable size.
     */
    static int width(SubmissionColumn column) {
        return switch (column) {
            case ACTION -> 9;
            case REF_AREA -> 10;
            case STRUCTURE -> 12;
            case TIME_PERIOD, OBS_STATUS -> 13;
            case OBS_VALUE -> 14;
            case UNIT_MEASURE -> 16;
            case STRUCTURE_ID -> 19;
            case SOURCE, NOTE -> 40;
            case INDICATOR -> 50;
            case DATAFLOW, STRUCTURE_NAME -> throw new IllegalArgumentException(column
                    + " is not a column of the template");
        };
    }
}

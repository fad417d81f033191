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

    /** The width of the column in the workbook, in characters: enough for its header and a typical content. */
    static int width(SubmissionColumn column) {
        return switch (column) {
            case STRUCTURE, REF_AREA, ACTION -> 11;
            case STRUCTURE_ID -> 19;
            case TIME_PERIOD, OBS_STATUS -> 12;
            case INDICATOR -> 50;
            case OBS_VALUE, UNIT_MEASURE -> 14;
            case SOURCE, NOTE -> 45;
            case DATAFLOW, STRUCTURE_NAME -> throw new IllegalArgumentException(column
                    + " is not a column of the template");
        };
    }
}

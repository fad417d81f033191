package eu.aireadiness.submission;

/**
 * The catalogue of rules a submission is checked against, each with its fixed severity. The name is the stable
 * rule code of machine-readable feedback.
 */
public enum SubmissionRule {
    // Reading the file: any error here rejects the file before its rows are looked at.
    UNSUPPORTED_FILE_TYPE(Severity.ERROR),
    LINK_OUT_OF_FOLDER(Severity.ERROR),
    NOT_A_REGULAR_FILE(Severity.ERROR),
    FILE_NAME_REORDERED(Severity.WARNING),
    FILE_TOO_LARGE(Severity.ERROR),
    LINE_TOO_LONG(Severity.ERROR),
    TOO_MANY_COLUMNS(Severity.ERROR),
    TOO_MANY_ROWS(Severity.ERROR),
    ZIP_BOMB(Severity.ERROR),
    UNSAFE_XML(Severity.ERROR),
    UNREADABLE_FILE(Severity.ERROR),
    FILE_CHANGED_WHILE_READ(Severity.ERROR),
    FILE_VANISHED(Severity.ERROR),
    EMPTY_FILE(Severity.ERROR),
    INVALID_ENCODING(Severity.ERROR),
    NOT_A_CSV(Severity.ERROR),
    MALFORMED_CSV(Severity.ERROR),
    LEGACY_EXCEL(Severity.ERROR),
    ENCRYPTED_WORKBOOK(Severity.ERROR),
    MACRO_ENABLED_WORKBOOK(Severity.ERROR),
    NOT_A_WORKBOOK(Severity.ERROR),
    NO_DATA_SHEET(Severity.ERROR),
    DUPLICATE_COLUMN(Severity.ERROR),
    UNNAMED_COLUMN(Severity.WARNING),
    FORMULA_CELL(Severity.WARNING),
    PERCENT_FORMAT(Severity.ERROR),
    DATE_CELL(Severity.ERROR),
    BOOLEAN_CELL(Severity.ERROR),
    ERROR_CELL(Severity.ERROR),
    UNSUPPORTED_ENCODING(Severity.ERROR),
    ROWS_RUN_TOGETHER(Severity.ERROR),
    // Validating the content against the codebook.
    MISSING_COLUMN(Severity.ERROR),
    UNKNOWN_COLUMN(Severity.WARNING),
    NO_ROWS(Severity.ERROR),
    UNKNOWN_COUNTRY(Severity.ERROR),
    WRONG_COUNTRY_FOLDER(Severity.ERROR),
    INVALID_PERIOD(Severity.ERROR),
    MIXED_PERIODS(Severity.ERROR),
    // The edition a file is for: listed in editions.csv, open for submissions, the year of its name.
    UNKNOWN_EDITION(Severity.ERROR),
    EDITION_PUBLISHED(Severity.ERROR),
    FILE_NAME_YEAR(Severity.ERROR),
    EDITION_REVISION(Severity.WARNING),
    EDITION_INITIAL_LOAD(Severity.WARNING),
    UNKNOWN_INDICATOR(Severity.ERROR),
    DUPLICATE_INDICATOR(Severity.ERROR),
    NOT_A_NUMBER(Severity.ERROR),
    WRONG_UNIT(Severity.ERROR),
    UNKNOWN_STATUS(Severity.ERROR),
    MISSING_WITH_VALUE(Severity.ERROR),
    VALUE_MISSING(Severity.ERROR),
    OUT_OF_RANGE(Severity.ERROR),
    NO_REFERENCE_DATA(Severity.ERROR),
    NOT_SUBMITTED(Severity.WARNING),
    LARGE_CHANGE(Severity.WARNING),
    DECIMAL_COMMA(Severity.ERROR),
    NUMBER_OVERFLOW(Severity.ERROR),
    NUMBER_UNDERFLOW(Severity.ERROR),
    TEXT_TOO_LONG(Severity.ERROR),
    // SDMX-CSV: the structure a file names, and the action of each row.
    SDMX_HEADER(Severity.ERROR),
    WRONG_DATAFLOW(Severity.ERROR),
    UNKNOWN_ACTION(Severity.ERROR),
    DELETE_NOT_IN_REVISION(Severity.ERROR),
    OBSERVATION_DELETED(Severity.WARNING);

    private final Severity severity;

    SubmissionRule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** A finding of this rule at a row and column (row 0 and column "" for the whole file). */
    public ValidationProblem problem(long row, String column, String value, String message) {
        return new ValidationProblem(severity, row, column, value, name(), message);
    }
}

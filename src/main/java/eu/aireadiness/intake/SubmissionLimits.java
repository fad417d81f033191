package eu.aireadiness.intake;

/**
 * How big a submitted file may be before it is refused unread. A real submission is one header and about 30 rows of
 * 8 columns, a few kilobytes; the limits are generous for that, yet keep a hostile or mistaken file (a database
 * export, a generated file, a file of one endless line) from costing the intake more than a few seconds and a small
 * part of a 512 MB heap. See "Limits on submitted files" in README.md.
 *
 * @param maxFileBytes the largest file read at all, checked on the file's size before a byte is read
 * @param maxLineBytes the longest CSV line, checked while the file streams in
 * @param maxColumns   the most cells in a CSV record or a worksheet row
 * @param maxRows      the most data rows under the header
 */
public record SubmissionLimits(long maxFileBytes, int maxLineBytes, int maxColumns, int maxRows) {

    /** 20 MB: a 30-row file is a few KB and the template workbook about 10 KB; 2,000 times that is still cheap. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** 64 KB: a row of 8 cells with a long note is under 2 KB; a longer line is not a table row. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    /** 100: the template has 8 columns; officers add a few of their own, never a hundred. */
    public static final int MAX_COLUMNS = 100;

    /**
     * 10,000: one row per indicator makes about 30. Rows times columns bounds the cells held in memory (1 million
     * at most, well within 512 MB). A bench feeding a million generated rows passes its own limits.
     */
    public static final int MAX_ROWS = 10_000;

    public static final SubmissionLimits DEFAULT = new SubmissionLimits(MAX_FILE_BYTES, MAX_LINE_BYTES, MAX_COLUMNS,
            MAX_ROWS);

    public SubmissionLimits {
        if (maxFileBytes <= 0 || maxLineBytes <= 0 || maxColumns <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxLineBytes
                    + ", " + maxColumns + ", " + maxRows);
        }
    }

    /** The same limits with another row limit, for benches that feed generated files through the intake. */
    public SubmissionLimits withMaxRows(int rows) {
        return new SubmissionLimits(maxFileBytes, maxLineBytes, maxColumns, rows);
    }

    /** A size as officers read it: "20 MB", "64 KB", "512 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(java.util.Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB");
        }
        return bytes >= 1024 ? String.format(java.util.Locale.ROOT, "%,d KB", bytes / 1024) : bytes + " bytes";
    }
}

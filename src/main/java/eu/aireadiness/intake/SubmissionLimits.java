package eu.aireadiness.intake;

/**
 * How big a submitted file may be before it is refused unread. A real submission is one header and about 30 rows of
 * 8 columns, a few kilobytes; the limits are generous for that, yet keep a hostile or mistaken file (a database
 * export, a generated file, a file of one endless line) from costing the intake more than a few seconds and a small
 * part of a 512 MB heap. They are settings ({@code readiness.intake.*}), so that a deployment or a benchmark that
 * takes in generated files can raise them; these constants are their defaults. See "Limits on submitted files" in
 * README.md.
 *
 * @param maxFileBytes     the largest file read at all, checked on the file's size before a byte is read
 * @param maxLineBytes     the longest CSV line, checked while the file streams in
 * @param maxColumns       the most cells in a CSV record or a worksheet row
 * @param maxRows          the most data rows under the header
 * @param maxUnpackedBytes the most a workbook may unpack to, each part and all parts together
 */
public record SubmissionLimits(long maxFileBytes, int maxLineBytes, int maxColumns, int maxRows,
                               long maxUnpackedBytes) {

    /** 20 MB: a 30-row file is a few KB and the template workbook about 10 KB; 2,000 times that is still cheap. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** 64 KB: a row of 8 cells with a long note is under 2 KB; a longer line is not a table row. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    /** 100: the template has 8 columns; officers add a few of their own, never a hundred. */
    public static final int MAX_COLUMNS = 100;

    /**
     * 10,000: one row per indicator makes about 30. A CSV file streams through the intake, so this bounds the time
     * a file costs rather than memory; a workbook is held whole, but its unpacked size bounds that.
     */
    public static final int MAX_ROWS = 10_000;

    /**
     * 4 MB unpacked. The template's data sheet unpacks to about 10 KB, and 10,000 rows of its 8 columns to under
     * 3 MB. POI holds a parsed sheet as an XML tree many times its size: a dense 4 MB sheet takes a few seconds and
     * well under half of a 512 MB heap, 8 MB already ten seconds.
     */
    public static final long MAX_UNPACKED_BYTES = 4L * 1024 * 1024;

    public static final SubmissionLimits DEFAULT = new SubmissionLimits(MAX_FILE_BYTES, MAX_LINE_BYTES, MAX_COLUMNS,
            MAX_ROWS, MAX_UNPACKED_BYTES);

    public SubmissionLimits {
        if (maxFileBytes <= 0 || maxLineBytes <= 0 || maxColumns <= 0 || maxRows <= 0 || maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxLineBytes
                    + ", " + maxColumns + ", " + maxRows + ", " + maxUnpackedBytes);
        }
    }

    /** The same limits with another row limit. */
    public SubmissionLimits withMaxRows(int rows) {
        return new SubmissionLimits(maxFileBytes, maxLineBytes, maxColumns, rows, maxUnpackedBytes);
    }

    /** A size as officers read it: "20 MB", "64 KB", "512 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(java.util.Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB");
        }
        return bytes >= 1024 ? String.format(java.util.Locale.ROOT, "%,d KB", bytes / 1024) : bytes + " bytes";
    }
}

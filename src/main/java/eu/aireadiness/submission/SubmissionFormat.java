package eu.aireadiness.submission;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * What was detected about how a file is written.
 *
 * @param kind          CSV or XLSX
 * @param delimiter     the field delimiter of a CSV file; empty for a workbook
 * @param decimalMark   how OBS_VALUE writes decimals; a workbook's numbers are always written with a point
 * @param encoding      the character encoding of a CSV file; empty for a workbook
 * @param byteOrderMark whether the CSV file starts with a byte order mark
 */
public record SubmissionFormat(Kind kind, Optional<Delimiter> delimiter, DecimalMark decimalMark,
                               Optional<Charset> encoding, boolean byteOrderMark) {

    public enum Kind { CSV, XLSX }

    public enum Delimiter {
        COMMA(','), SEMICOLON(';'), TAB('\t');

        private final char character;

        Delimiter(char character) {
            this.character = character;
        }

        public char character() {
            return character;
        }
    }

    public enum DecimalMark { POINT, COMMA }

    public SubmissionFormat {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(decimalMark, "decimalMark");
        Objects.requireNonNull(encoding, "encoding");
    }

    public static SubmissionFormat csv(Delimiter delimiter, DecimalMark decimalMark, Charset encoding,
                                       boolean byteOrderMark) {
        return new SubmissionFormat(Kind.CSV, Optional.of(delimiter), decimalMark, Optional.of(encoding),
                byteOrderMark);
    }

    public static SubmissionFormat xlsx() {
        return new SubmissionFormat(Kind.XLSX, Optional.empty(), DecimalMark.POINT, Optional.empty(), false);
    }

    public boolean decimalComma() {
        return decimalMark == DecimalMark.COMMA;
    }

    /**
     * Whether the values tell how decimals are written: in a CSV file they do, a workbook's numbers are numbers. With
     * ';' or tab, as spreadsheets write CSV where the comma is the decimal mark, decimals are commas unless the values
     * only ever use a point; with ',' they are points unless the values only ever use a comma, which they can only
     * do in quotes ("12,5"), as the officer is told to when a comma splits a number ({@link DecimalCommaSplit}).
     */
    public boolean decimalMarkFromValues() {
        return delimiter.isPresent();
    }

    /** The decimal mark of a CSV file, from whether any of its values holds a comma or a point. */
    public static DecimalMark decimalMark(Delimiter delimiter, boolean anyComma, boolean anyPoint) {
        return switch (delimiter) {
            case COMMA -> anyComma && !anyPoint ? DecimalMark.COMMA : DecimalMark.POINT;
            case SEMICOLON, TAB -> anyPoint && !anyComma ? DecimalMark.POINT : DecimalMark.COMMA;
        };
    }
}

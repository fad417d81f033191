package eu.aireadiness.sample;

import java.util.Objects;

/**
 * The file an officer produces: its name (chosen by the officer, no spaces), format, and whether a UTF-8 byte-order
 * mark precedes a CSV (Excel's "CSV UTF-8" writes one).
 */
record FileLayout(String fileName, OfficerToolFormat format, boolean byteOrderMark) {

    FileLayout {
        Objects.requireNonNull(format, "format");
        if (fileName == null || fileName.isBlank() || fileName.contains(" ") || fileName.contains("/")) {
            throw new IllegalArgumentException("a sample file name has no spaces or folders, found '" + fileName + "'");
        }
        if (format == OfficerToolFormat.XLSX && byteOrderMark) {
            throw new IllegalArgumentException(fileName + ": a byte-order mark only makes sense for CSV");
        }
    }

    static FileLayout comma(String fileName) {
        return new FileLayout(fileName, OfficerToolFormat.COMMA_CSV, false);
    }

    static FileLayout commaWithBom(String fileName) {
        return new FileLayout(fileName, OfficerToolFormat.COMMA_CSV, true);
    }

    static FileLayout semicolon(String fileName) {
        return new FileLayout(fileName, OfficerToolFormat.SEMICOLON_CSV, false);
    }

    static FileLayout semicolonWithBom(String fileName) {
        return new FileLayout(fileName, OfficerToolFormat.SEMICOLON_CSV, true);
    }

    static FileLayout xlsx(String fileName) {
        return new FileLayout(fileName, OfficerToolFormat.XLSX, false);
    }
}

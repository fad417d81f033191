package eu.aireadiness.intake;

import java.nio.file.Path;
import java.util.Locale;

import eu.aireadiness.validation.SubmissionRule;

/**
 * Reads a submitted file, CSV or Excel workbook, into rows of text without judging their content. Whatever is wrong
 * with the file comes back as problems of the result; no exception escapes for bad input.
 */
public final class SubmissionReader {

    private enum FileType { CSV, XLSX, XLS, XLSM, OTHER }

    private SubmissionReader() {
    }

    public static ReadResult read(Path file) {
        String label = label(file);
        try {
            return switch (type(file)) {
                case CSV -> CsvSubmissionReader.read(file, label);
                case XLSX -> XlsxSubmissionReader.read(file, label);
                case XLS -> ReadResult.refused(SubmissionRule.LEGACY_EXCEL.problem(0, "", "", label
                        + ": Excel 97-2003 workbooks (.xls) are not accepted; " + XlsxSubmissionReader.SAVE_AS_XLSX
                        + " and send the .xlsx file."));
                case XLSM -> ReadResult.refused(SubmissionRule.MACRO_ENABLED_WORKBOOK.problem(0, "", "", label
                        + ": macro-enabled workbooks (.xlsm) are not accepted; " + XlsxSubmissionReader.SAVE_AS_XLSX
                        + " (Excel then drops the macros) and send the .xlsx file."));
                case OTHER -> ReadResult.refused(SubmissionRule.UNSUPPORTED_FILE_TYPE.problem(0, "", "", label
                        + ": only .csv and .xlsx files are read. Fill in the Excel template (.xlsx), or save the"
                        + " table as 'CSV UTF-8 (comma delimited) (*.csv)'."));
            };
        } catch (RefusedFile e) {
            return ReadResult.refused(e.problem());
        } catch (RuntimeException e) {
            return ReadResult.refused(SubmissionRule.UNREADABLE_FILE.problem(0, "", "", label
                    + ": the file could not be read (" + e.getClass().getSimpleName() + "). Save it again from"
                    + " the template as .xlsx or as 'CSV UTF-8 (comma delimited) (*.csv)' and send it again."));
        }
    }

    /** How messages name a file: its country folder and its name, for example {@code SK/AIRI_2026_SK.csv}. */
    static String label(Path file) {
        Path name = file.getFileName();
        Path folder = file.getParent() == null ? null : file.getParent().getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        return folder == null ? fileName : folder + "/" + fileName;
    }

    private static FileType type(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".csv")) {
            return FileType.CSV;
        }
        if (fileName.endsWith(".xlsx")) {
            return FileType.XLSX;
        }
        if (fileName.endsWith(".xls")) {
            return FileType.XLS;
        }
        return fileName.endsWith(".xlsm") ? FileType.XLSM : FileType.OTHER;
    }
}

package eu.aireadiness.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a sample submission back, independently of the generator's writers, as an intake would: CSV with Commons CSV
 * (delimiter told by the header line, decimal comma turned into a point), workbooks with POI.
 */
final class SubmissionTable {

    private SubmissionTable() {
    }

    /** The rows as column name to text; OBS_VALUE with a decimal point, empty when missing. */
    static List<Map<String, String>> read(Path file) throws IOException {
        return file.getFileName().toString().endsWith(".xlsx") ? readWorkbook(file) : readCsv(file);
    }

    static boolean hasByteOrderMark(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static char delimiter(Path file) throws IOException {
        String header = text(file).lines().findFirst().orElseThrow();
        return header.contains(";") ? ';' : ',';
    }

    static String text(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every cell of every sheet as "sheet!A1 = type:value", for comparing workbooks by content. */
    static List<String> cells(Path workbookFile) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + cell.getCellType() + ":"
                                + cellText(cell));
                    }
                }
            }
        }
        return cells;
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        char delimiter = delimiter(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(file)), format)) {
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>(record.toMap());
                if (delimiter == ';') {
                    row.put("OBS_VALUE", row.get("OBS_VALUE").replace(',', '.'));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> readWorkbook(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Data");
            if (sheet == null) {
                throw new IllegalStateException(file + " has no sheet 'Data'");
            }
            Row header = sheet.getRow(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                for (Cell name : header) {
                    Cell cell = row.getCell(name.getColumnIndex());
                    values.put(name.getStringCellValue(), cell == null ? "" : cellText(cell));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static String cellText(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BLANK -> "";
            default -> throw new IllegalStateException("unexpected cell type " + cell.getCellType() + " at "
                    + cell.getAddress());
        };
    }
}

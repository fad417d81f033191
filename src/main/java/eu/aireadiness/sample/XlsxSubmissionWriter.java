package eu.aireadiness.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.DeterministicZip;

/**
 * Writes a submission as the workbook an officer fills in: one sheet "Data", the header in row 1, one row per value,
 * numbers as numeric cells, no cell where a value or note is empty.
 *
 * <p>The bytes are reproducible: the document's created and modified dates are a fixed day of the edition (the
 * officers' deadline), the zip entries get that time too, and column widths are fixed rather than measured with the
 * machine's fonts.
 */
final class XlsxSubmissionWriter {

    private static final String SHEET = "Data";
    private static final int[] COLUMN_WIDTHS = {10, 12, 11, 12, 14, 11, 40, 60};

    private XlsxSubmissionWriter() {
    }

    static void write(Path file, Submission submission) {
        LocalDateTime saved = LocalDateTime.of(submission.edition(), 3, 31, 9, 0);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            writeHeader(sheet, headerStyle(workbook));
            int rowIndex = 1;
            for (SubmissionRow value : submission.rows()) {
                writeRow(sheet.createRow(rowIndex++), value);
            }
            for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
                sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
            }
            POIXMLProperties.CoreProperties properties = workbook.getProperties().getCoreProperties();
            Date savedDate = Date.from(saved.toInstant(ZoneOffset.UTC));
            properties.setCreated(Optional.of(savedDate));
            properties.setModified(Optional.of(savedDate));
            properties.setCreator("AI Readiness Officer " + submission.country());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.write(file, DeterministicZip.normalise(bytes.toByteArray(), saved));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sample workbook " + file, e);
        }
    }

    private static void writeHeader(Sheet sheet, CellStyle style) {
        Row header = sheet.createRow(0);
        List<String> columns = SubmissionColumns.HEADER;
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            header.getCell(i).setCellStyle(style);
        }
    }

    private static void writeRow(Row row, SubmissionRow value) {
        row.createCell(0).setCellValue(value.country());
        row.createCell(1).setCellValue(value.edition());
        row.createCell(2).setCellValue(value.indicator());
        value.value().ifPresent(number -> row.createCell(3).setCellValue(number.doubleValue()));
        row.createCell(4).setCellValue(value.unit());
        row.createCell(5).setCellValue(value.status().name());
        row.createCell(6).setCellValue(value.source());
        if (!value.note().isEmpty()) {
            row.createCell(7).setCellValue(value.note());
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}

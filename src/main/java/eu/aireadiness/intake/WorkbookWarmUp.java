package eu.aireadiness.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The first workbook a process reads costs about a second of loading POI's and XMLBeans' classes and schemas; each
 * one after it, some 50 ms. An intake with a workbook to read starts that loading at once on a thread of its own, so
 * that it runs on the other core while the files before the workbook are taken in. It only loads: nothing it does is
 * kept, and a failure of it changes nothing (the intake reads and judges its workbooks without it).
 */
public final class WorkbookWarmUp {

    private WorkbookWarmUp() {
    }

    /** Starts the loading when any of {@code files} is a workbook. */
    public static void startIfAnyWorkbook(List<SubmissionFile> files) {
        if (files.stream().anyMatch(f -> f.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx"))) {
            Thread thread = new Thread(WorkbookWarmUp::writeAndReadATinyWorkbook, "workbook-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void writeAndReadATinyWorkbook() {
        try (XSSFWorkbook written = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            written.createSheet("Data").createRow(0).createCell(0).setCellValue(1.0);
            written.write(bytes);
            // Read as XlsxSubmissionReader reads a workbook: the package left unchanged, never saved on close.
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes.toByteArray()));
            try {
                new XSSFWorkbook(pkg).getSheetAt(0).getRow(0).getCell(0).getNumericCellValue();
            } finally {
                pkg.revert();
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // Nothing to do: the intake loads what it needs itself.
        }
    }
}

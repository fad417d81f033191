package eu.aireadiness.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.submission.SubmissionFile;

/** Opening and saving the generated workbooks in tests, as an officer's Excel would. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static void save(XSSFWorkbook workbook, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    static SubmissionFile submission(Path file, String folderCountry) throws IOException {
        return new SubmissionFile(file, folderCountry, Checksums.sha256(file), Files.size(file),
                Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()));
    }
}

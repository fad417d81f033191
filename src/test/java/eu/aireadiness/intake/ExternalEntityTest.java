package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.submission.ReadResult;

/**
 * A workbook whose XML declares an external entity pointing at a local file (XXE) must never bring that file's
 * content into a cell, a message or an exception: the intake would then hand a server file to whoever sent it.
 */
class ExternalEntityTest {

    private static final String SECRET = "SECRET-MARKER-7f3a9c";

    @TempDir
    Path dir;

    @Test
    void refusesADoctypeAtTheStartOfAPart() throws Exception {
        Path workbook = workbookWithEntity("");

        ReadResult read = readCatchingAll(workbook);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("UNSAFE_XML");
            assertThat(p.message()).isEqualTo("SK/AIRI_2026_SK.xlsx: the workbook's part 'xl/sharedStrings.xml'"
                    + " declares a DOCTYPE, which Excel never writes and which can make a reader fetch other files"
                    + " (XML external entities), so the workbook was not opened. Fill in the submission template"
                    + " again in Excel or LibreOffice and send that workbook.");
        });
    }

    /** A DOCTYPE behind a long comment passes the quick look at each part's start; POI itself then refuses it. */
    @Test
    void neverResolvesAnEntityThatPassesTheQuickLook() throws Exception {
        Path workbook = workbookWithEntity("<!--" + "padding ".repeat(1_000) + "-->");

        ReadResult read = readCatchingAll(workbook);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("UNSAFE_XML");
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.xlsx: one of the workbook's XML parts declares a"
                    + " DOCTYPE");
        });
    }

    /** Reads the file; whatever happens, the secret appears nowhere: not in a cell, a message or an exception. */
    private ReadResult readCatchingAll(Path workbook) {
        ReadResult read;
        try {
            read = SubmissionReader.read(workbook);
        } catch (RuntimeException e) {
            assertThat(String.valueOf(e)).doesNotContain(SECRET);
            throw e;
        }
        assertThat(read.toString()).doesNotContain(SECRET);
        read.rows().forEach(row -> assertThat(row.cells().values()).noneMatch(cell -> cell.contains(SECRET)));
        read.problems().forEach(p -> assertThat(p.message() + p.value()).doesNotContain(SECRET));
        return read;
    }

    /** The template workbook with its shared strings declaring an entity on a local file and using it as a cell. */
    private Path workbookWithEntity(String beforeDoctype) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        XlsxSubmissionReaderTest.template().write(plain);
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(hostile)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    bytes = withEntity(new String(bytes, StandardCharsets.UTF_8), secret, beforeDoctype);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
        return Fixtures.write(dir, "SK", "AIRI_2026_SK.xlsx", hostile.toByteArray());
    }

    private static byte[] withEntity(String xml, Path secret, String beforeDoctype) {
        int prologEnd = xml.indexOf("?>") + 2;
        String doctype = beforeDoctype + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String rewritten = xml.substring(0, prologEnd) + doctype + xml.substring(prologEnd)
                .replace("<t>SK</t>", "<t>&xxe;</t>");
        assertThat(rewritten).contains("<t>&xxe;</t>");
        return rewritten.getBytes(StandardCharsets.UTF_8);
    }
}

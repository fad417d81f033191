package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No text of the report is printed below 7.5 pt, in any language: running text, tables, notes, footers, the charts'
 * and the map's labels, the country profiles included. Every page is read back with the size each character is
 * printed at.
 */
class ReportTextSizeTest {

    static final float MINIMUM = 7.5f;

    @TempDir
    static Path output;

    @BeforeAll
    static void publish() {
        new Publisher(PublisherPdfTest.TEMPLATES).publish(SampleEdition.build(), output.resolve("2026"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr"})
    void everyTextIsPrintedAtLeastAtTheMinimumSize(String language) throws IOException {
        Path pdf = output.resolve("2026/AIRI-2026-report-" + language + ".pdf");
        ReportPdf report = ReportPdf.read(pdf);
        List<PrintedTextSizes.Run> runs = PrintedTextSizes.runs(pdf, 1, report.pages());
        assertThat(runs).as("text read back from " + pdf.getFileName()).hasSizeGreaterThan(1000);
        assertThat(runs).as("text printed below " + MINIMUM + " pt in " + pdf.getFileName())
                .filteredOn(run -> run.size() < MINIMUM - 0.01f)
                .isEmpty();
    }
}

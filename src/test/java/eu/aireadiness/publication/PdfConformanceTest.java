package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import eu.aireadiness.bench.ShippedEdition;

/**
 * Every PDF of the publication {@code make run} makes from the shipped sample input (the report in each language,
 * every country's profile in each language) passes veraPDF's checks of PDF/UA-1 (ISO 14289-1) and PDF/A-2a
 * (ISO 19005-2, level A, which includes every check of level B). The files are checked two at a time: veraPDF takes
 * most of this test's time, one file on one core.
 */
class PdfConformanceTest {

    private static final int YEAR = 2026;
    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    @TempDir
    Path output;

    @Test
    void everyPdfOfTheShippedPublicationPassesPdfUa1AndPdfA2a() throws Exception {
        ShippedEdition shipped = ShippedEdition.load(Path.of("input"), YEAR);
        Path edition = output.resolve(Integer.toString(YEAR));
        new Publisher(Path.of("output-templates")).publish(shipped.edition(), edition);
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(edition)) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
        // A report and a profile per ranked country, in each of the three languages.
        assertThat(pdfs).hasSize(3 * (1 + shipped.edition().ranking().size()));

        List<PdfConformance.FailedRule> failed = check(edition, pdfs);

        assertThat(failed).withFailMessage(() -> failed.size() + " rules failed:\n" + failed.stream()
                .map(PdfConformance.FailedRule::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** The check can fail: an untagged PDF without metadata fails both flavours. */
    @Test
    void anUntaggedPdfFailsBothFlavours() throws IOException {
        Path pdf = output.resolve("untagged.pdf");
        Document document = new Document();
        PdfWriter.getInstance(document, Files.newOutputStream(pdf));
        document.open();
        document.add(new Paragraph("Untagged"));
        document.close();

        List<PdfConformance.FailedRule> failed = PdfConformance.failedRules(pdf, "untagged.pdf", FLAVOURS);

        assertThat(failed).extracting(f -> f.flavour().getId() + " " + f.clause())
                .contains("ua1 7.1", "ua1 6.2", "2a 6.6.2.1", "2a 6.7.3.3");
    }

    private static List<PdfConformance.FailedRule> check(Path edition, List<Path> pdfs)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<PdfConformance.FailedRule>>> checks = new ArrayList<>();
            for (Path pdf : pdfs) {
                checks.add(pool.submit(() -> PdfConformance.failedRules(pdf, edition.relativize(pdf).toString(),
                        FLAVOURS)));
            }
            List<PdfConformance.FailedRule> failed = new ArrayList<>();
            for (Future<List<PdfConformance.FailedRule>> check : checks) {
                failed.addAll(check.get());
            }
            return failed;
        } finally {
            pool.shutdownNow();
        }
    }
}

package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.dataset.Revision;
import eu.aireadiness.publication.report.PdfReportWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;

/**
 * The chapter "Changes since the 2025 edition" of the test edition, in which one indicator is new, one code of the
 * previous edition was dropped, one revision was accepted, Bulgaria and Malta have no current data and Croatia no
 * previous rank. The expected moves are worked out here from the ranks and ranges the edition holds.
 */
class ChangesChapterTest {

    static final String ADDED = "ADO4";
    static final String DROPPED = "OLD9";

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static ReportPdf report;
    static String chapter;

    @BeforeAll
    static void publish() throws IOException {
        PublishedEdition sample = SampleEdition.build();
        Set<String> previous = new TreeSet<>();
        sample.codebook().indicators().forEach(i -> previous.add(i.code()));
        previous.remove(ADDED);
        previous.add(DROPPED);
        Revision revision = new Revision("DE", 2025, 2, Instant.parse("2026-03-02T09:15:00Z"),
                List.of(new Revision.Change("SKL1", OptionalDouble.of(50), OptionalDouble.of(55.5))),
                List.of("Survey weights corrected"));
        edition = sample.withPreviousIndicators(previous).withRevisions(List.of(revision));
        Path pdf = output.resolve("report-en.pdf");
        new PdfReportWriter(PublicationTexts.load(PublisherPdfTest.TEMPLATES, "en"),
                Branding.load(PublisherPdfTest.TEMPLATES)).write(edition, pdf);
        report = ReportPdf.read(pdf);
        StringBuilder text = new StringBuilder();
        String title = "Changes since the 2025 edition";
        for (int page = report.bookmark(title).page(); page < report.pageAfter(title); page++) {
            text.append(report.page(page));
        }
        chapter = text.toString();
    }

    @Test
    void theMovesBeyondTheRankRangeAreThoseWorkedOutFromRanksAndRanges() {
        List<String> expected = new ArrayList<>();
        int assessed = 0;
        for (CountryResult result : edition.ranking()) {
            String code = result.country().code();
            if (code.equals(SampleEdition.REJECTED) || code.equals(SampleEdition.NOT_SUBMITTED)
                    || code.equals(SampleEdition.WITHOUT_PREVIOUS)) {
                continue;
            }
            assessed++;
            int previous = result.previousRank().orElseThrow();
            RankInterval range = result.rankInterval().orElseThrow();
            // The printed range: the percentiles rounded outwards to whole ranks.
            int low = (int) Math.floor(range.low());
            int high = (int) Math.ceil(range.high());
            if (previous < low || previous > high) {
                int places = previous - result.rank();
                expected.add(result.country().englishName() + "|" + previous + " " + result.rank() + "|"
                        + (places > 0 ? "↑ " + places : "↓ " + -places));
            }
        }
        assertThat(expected).isNotEmpty();
        String flat = chapter.replaceAll("\\s+", " ");
        assertThat(flat).contains(expected.size() + " of the " + assessed
                + " assessed countries moved beyond their rank range.");
        for (String entry : expected) {
            String[] parts = entry.split("\\|");
            String line = chapter.lines().filter(l -> l.startsWith(parts[0] + " ")).findFirst().orElseThrow(
                    () -> new AssertionError("no line for " + parts[0] + " in\n" + chapter));
            assertThat(line.strip()).contains(" " + parts[1] + " ").endsWith(parts[2]);
        }
        assertThat(chapter.lines().filter(l -> l.strip().matches(".* [↑↓] \\d+"))).hasSize(expected.size());
    }

    @Test
    void countriesWithoutCurrentDataOrAPreviousRankAreNotAssessed() {
        String flat = chapter.replaceAll("\\s+", " ");
        // In rank order, as the ranking lists them.
        List<String> withoutCurrentData = edition.ranking().stream().map(r -> r.country().code())
                .filter(c -> c.equals(SampleEdition.REJECTED) || c.equals(SampleEdition.NOT_SUBMITTED))
                .map(c -> c.equals(SampleEdition.REJECTED) ? "Bulgaria" : "Malta").toList();
        assertThat(flat).contains("Not assessed, for want of current data: " + String.join(" and ", withoutCurrentData)
                + ".", "Not assessed, for want of a rank in the 2025 edition: Croatia.");
        assertThat(chapter.lines().filter(l -> l.matches("^(Bulgaria|Malta) .*[↑↓].*"))).isEmpty();
    }

    @Test
    void theAddedAndDroppedIndicatorsAndTheRevisionAreListed() {
        String flat = chapter.replaceAll("\\s+", " ");
        assertThat(flat).contains("Added since the 2025 edition: ADO4 Public-sector AI use cases in production.",
                "Dropped since the 2025 edition: OLD9.",
                "Germany, 2025 edition: version 2, received on 2026-03-02. Values changed: SKL1 from 50.0 to 55.5."
                        + " Reason given: Survey weights corrected");
    }

    @Test
    void withoutAPreviousEditionTheChapterSaysSo() throws IOException {
        PublishedEdition sample = SampleEdition.build();
        PublishedEdition first = new PublishedEdition(sample.info(), OptionalInt.empty(), sample.codebook(),
                sample.ranking(), sample.euAverage(), sample.submissions(), sample.method(), sample.uncertainty(),
                sample.coherence());
        Path pdf = output.resolve("first-en.pdf");
        new PdfReportWriter(PublicationTexts.load(PublisherPdfTest.TEMPLATES, "en"),
                Branding.load(PublisherPdfTest.TEMPLATES)).write(first, pdf);
        ReportPdf firstReport = ReportPdf.read(pdf);
        String page = firstReport.flatPage(firstReport.bookmark("Changes since the previous edition").page());
        assertThat(page).contains("No previous edition is on record, so there are no changes to report.")
                .doesNotContain("↑", "↓");
    }
}

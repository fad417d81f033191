package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.publication.profile.PdfProfileWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/** A profile is four pages: texts too long for that are refused with the country and the language, never printed on. */
class CountryProfileLayoutTest {

    @TempDir
    Path templates;

    @TempDir
    Path output;

    static PublishedEdition edition;
    static CountryResult germany;

    @BeforeAll
    static void edition() {
        edition = SampleEdition.build();
        germany = edition.ranking().stream().filter(r -> r.country().code().equals("DE")).findFirst().orElseThrow();
    }

    @Test
    void aLongerLegendStillFitsAndTheProfileStaysOnFourPages() throws IOException {
        Path file = writeWith("country.flags-note", 6);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
        }
    }

    @Test
    void anIndicatorPageThatCannotFitIsRefused() {
        assertThatThrownBy(() -> writeWith("country.flags-note", 60))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining("the indicator page of the profile of DE in language 'en' does not fit");
    }

    @Test
    void anOverviewPageThatCannotFitIsRefused() {
        assertThatThrownBy(() -> writeWith("profiles.caveat", 30))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining("the overview page of the profile of DE in language 'en' does not fit");
    }

    @Test
    void aPillarPageThatCannotFitIsRefused() {
        assertThatThrownBy(() -> writeWith("profile.highlights-note", 60))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining("the pillar page of the profile of DE in language 'en' does not fit");
    }

    @Test
    void withoutAnUncertaintyAnalysisTheRankHasNoIntervalAndNoNote() throws IOException {
        CountryResult withoutInterval = new CountryResult(germany.country(), germany.rank(), germany.indexScore(),
                java.util.Optional.empty(), germany.previousIndexScore(), germany.previousRank(), germany.pillars(),
                germany.indicators());
        Path file = output.resolve("AIRI-2026-DE-en.pdf");
        new PdfProfileWriter(PublicationTexts.load(PublisherPdfTest.TEMPLATES, "en"),
                Branding.load(PublisherPdfTest.TEMPLATES)).write(edition, withoutInterval, file);

        String overview = PublisherPdfTest.text(file, 1, 1);
        assertThat(overview).contains("Rank " + germany.rank() + " of 27 Index score")
                .doesNotContain("interval", "Rank interval");
    }

    /** Writes Germany's English profile with the sentence under {@code key} repeated {@code times} times. */
    private Path writeWith(String key, int times) throws IOException {
        for (String name : new String[] {"en.properties", "branding.properties"}) {
            Files.copy(PublisherPdfTest.TEMPLATES.resolve(name), templates.resolve(name));
        }
        String sentence = PublicationTexts.load(PublisherPdfTest.TEMPLATES, "en").text(key);
        // A key given twice in a properties file takes its last value.
        Files.writeString(templates.resolve("en.properties"), "\n" + key + "=" + (sentence + " ").repeat(times) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        PublicationTexts texts = PublicationTexts.load(templates, "en");
        Path file = output.resolve("AIRI-2026-DE-en.pdf");
        new PdfProfileWriter(texts, Branding.load(templates)).write(edition, germany, file);
        return file;
    }
}

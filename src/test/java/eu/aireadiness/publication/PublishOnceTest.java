package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import eu.aireadiness.publication.profile.CountryProfile;
import eu.aireadiness.publication.profile.PdfProfileWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/**
 * Each country's profile is laid out once per language, in the report, and its own file is a copy of those pages
 * that reads as the profile laid out on its own did: same pages, same text, same structure (the country's heading
 * its H1, tables with their header cells, figures with their alternative text).
 */
class PublishOnceTest {

    /** The templates folder holds en, de and fr. */
    private static final int LANGUAGES = 3;

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static long layouts;

    @BeforeAll
    static void publish() {
        edition = SampleEdition.build();
        long before = CountryProfile.layouts();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        layouts = CountryProfile.layouts() - before;
    }

    @Test
    void eachProfileIsLaidOutOncePerLanguage() {
        assertThat(layouts).isEqualTo((long) LANGUAGES * edition.ranking().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr"})
    void aProfilesFileReadsAsTheProfileLaidOutOnItsOwn(String language) throws IOException {
        PublicationTexts texts = PublicationTexts.load(PublisherPdfTest.TEMPLATES, language);
        Branding branding = Branding.load(PublisherPdfTest.TEMPLATES);
        CountryResult germany = edition.ranking().stream().filter(r -> r.country().code().equals("DE"))
                .findFirst().orElseThrow();
        Path published = output.resolve("2026").resolve(PdfProfileWriter.fileName(branding, edition, germany, texts));
        Path alone = output.resolve("alone-" + language + ".pdf");
        new PdfProfileWriter(texts, branding).write(edition, germany, alone);

        assertThat(PublisherPdfTest.text(published, 1, 4)).isEqualTo(PublisherPdfTest.text(alone, 1, 4));
        try (PDDocument copy = Loader.loadPDF(published.toFile());
             PDDocument own = Loader.loadPDF(alone.toFile())) {
            assertThat(copy.getNumberOfPages()).isEqualTo(CountryProfile.PAGES);
            List<String> structure = structure(copy);
            assertThat(structure).isEqualTo(structure(own));
            assertThat(structure.stream().filter(e -> e.startsWith("H1")).count()).isOne();
        }
    }

    /** Each element depth first: its type, alternative text, language and header scope. */
    private static List<String> structure(PDDocument pdf) {
        List<String> elements = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
        return elements;
    }

    private static void collect(PDStructureNode node, List<String> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                COSDictionary attributes = element.getCOSObject().getCOSDictionary(COSName.A);
                elements.add(element.getStructureType() + " alt=" + element.getAlternateDescription()
                        + " lang=" + element.getLanguage()
                        + " scope=" + (attributes == null ? null : attributes.getNameAsString("Scope")));
                collect(element, elements);
            }
        }
    }
}

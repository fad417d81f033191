package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/** The map page of the report in every language, read back with PDFBox. */
class MapPagePdfTest {

    @org.junit.jupiter.api.io.TempDir
    static Path output;

    static PublishedEdition edition;

    @BeforeAll
    static void publish() {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
    }

    /**
     * The legend prints each class's lowest and highest score. Worked out here without the code under test: the 27
     * scores sorted upwards, cut into quantile classes of 6, 5, 6, 5 and 5 countries (27 / 5 = 5.4, so the cuts
     * fall after positions 5.4, 10.8, 16.2 and 21.6), rounded half up to one decimal.
     */
    @ParameterizedTest
    @CsvSource({"en, Index score by country, Not in the index, '.'",
            "de, Indexwert nach Land, Nicht im Index, ','",
            "fr, Score de l’indice par pays, Hors du champ de l’indice, ','"})
    void theMapPageFollowsTheRankingWithTheLegendBoundsTheScoresImply(String language, String title, String outside,
                                                                       String decimal) throws IOException {
        Path pdf = output.resolve("2026/AIRI-2026-report-" + language + ".pdf");
        int page = pageWith(pdf, title);
        String text = PublisherPdfTest.text(pdf, page, page);
        assertThat(PublisherPdfTest.text(pdf, 1, page - 1)).as("the ranking, complete, comes before the map")
                .contains(edition.ranking().get(26).country().nativeName());
        assertThat(PublisherPdfTest.text(pdf, page + 1, page + 1)).as("the first country's page follows the map")
                .contains(edition.ranking().get(0).country().nativeName());
        List<Double> scores = edition.ranking().stream().map(CountryResult::indexScore).sorted().toList();
        assertThat(scores).hasSize(27);
        int[] sizes = {6, 5, 6, 5, 5};
        int first = 0;
        for (int size : sizes) {
            String low = oneDecimal(scores.get(first), decimal);
            String high = oneDecimal(scores.get(first + size - 1), decimal);
            assertThat(text).contains(low + " – " + high);
            first += size;
        }
        assertThat(text).contains(outside, "Natural Earth", "EPSG:3035");
    }

    @ParameterizedTest
    @CsvSource({"en, Index score by country"})
    void theMapIsDrawnAsVectorsWithoutAnyPicture(String language, String title) throws IOException {
        Path pdf = output.resolve("2026/AIRI-2026-report-" + language + ".pdf");
        int number = pageWith(pdf, title);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(number - 1);
            List<PDXObject> objects = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                objects.add(page.getResources().getXObject(name));
            }
            assertThat(objects).isNotEmpty().allSatisfy(object -> assertThat(object).isInstanceOf(PDFormXObject.class))
                    .noneMatch(object -> object instanceof PDImageXObject);
        }
    }

    private static String oneDecimal(double score, String decimal) {
        return new BigDecimal(score).setScale(1, RoundingMode.HALF_UP).toPlainString().replace(".", decimal);
    }

    /** The page whose text has the map's title and its source note, which names the projection. */
    private static int pageWith(Path pdf, String title) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.contains(title) && text.contains("EPSG:3035")) {
                    return page;
                }
            }
        }
        throw new AssertionError(pdf + ": no page has the map's title '" + title + "' and its source note");
    }
}

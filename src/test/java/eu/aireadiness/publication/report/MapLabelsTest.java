package eu.aireadiness.publication.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import eu.aireadiness.publication.Publisher;
import eu.aireadiness.publication.PublisherPdfTest;
import eu.aireadiness.publication.ReportPdf;
import eu.aireadiness.publication.SampleEdition;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/** The country codes on the map: where they are placed, and that the report's map page carries every one. */
class MapLabelsTest {

    @TempDir
    static Path output;

    static PublishedEdition edition;

    @BeforeAll
    static void publish() {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
    }

    /** A square's farthest point from its outline is its centre; the code goes there, inside. */
    @Test
    void aLargeCountryIsLabelledAtThePointFarthestFromItsOutline() {
        Path2D square = new Path2D.Double(new Rectangle2D.Double(100, 100, 80, 80));
        MapLabels.Label label = MapLabels.place(Map.of("AA", square), code -> 10, 6,
                new Rectangle2D.Double(0, 0, 400, 400)).get(0);
        assertThat(label.inside()).isTrue();
        assertThat(label.box().getCenterX()).isCloseTo(140, within(80.0 / 28));
        assertThat(label.box().getCenterY()).isCloseTo(140, within(80.0 / 28));
    }

    /**
     * An L-shaped country, 100 wide along the bottom and 100 high along the left, arms 20 thick: its centroid
     * (about 31, 31 from the corner) falls in the arms' joint only by luck of the shape; the farthest point from the
     * outline lies in the joint (10, 10 from the outer corner, distance 10), and the code must fit there.
     */
    @Test
    void anLShapedCountryGetsItsCodeInsideItsShape() {
        Path2D shape = new Path2D.Double();
        shape.moveTo(0, 0);
        shape.lineTo(20, 0);
        shape.lineTo(20, 80);
        shape.lineTo(100, 80);
        shape.lineTo(100, 100);
        shape.lineTo(0, 100);
        shape.closePath();
        MapLabels.Label label = MapLabels.place(Map.of("LL", shape), code -> 10, 6,
                new Rectangle2D.Double(-50, -50, 300, 300)).get(0);
        assertThat(label.inside()).isTrue();
        assertThat(shape.contains(label.box())).isTrue();
    }

    /** A country smaller than its code gets the code beside it on a plate, clear of it and of the other labels. */
    @Test
    void aSmallCountryGetsItsCodeBesideItWithALeader() {
        Map<String, Path2D> shapes = new LinkedHashMap<>();
        shapes.put("BB", new Path2D.Double(new Rectangle2D.Double(100, 100, 80, 80)));
        Path2D tiny = new Path2D.Double(new Rectangle2D.Double(190, 138, 3, 3));
        shapes.put("TT", tiny);
        List<MapLabels.Label> labels = MapLabels.place(shapes, code -> 10, 6, new Rectangle2D.Double(0, 0, 400, 400));
        MapLabels.Label small = labels.get(1);
        assertThat(small.code()).isEqualTo("TT");
        assertThat(small.inside()).isFalse();
        assertThat(small.leaderFrom().orElseThrow().getX()).isCloseTo(191.5, within(0.01));
        assertThat(small.box().intersects(tiny.getBounds2D())).isFalse();
        assertThat(small.box().intersects(shapes.get("BB").getBounds2D())).isFalse();
        assertThat(small.box().intersects(labels.get(0).box())).isFalse();
    }

    /**
     * Every country of the index has its code printed on the map itself, above the legend (whose rows list the codes
     * too), at no less than the report's minimum size.
     */
    @ParameterizedTest
    @CsvSource({"en, Index score by country, Index score", "de, Indexwert nach Land, Indexwert",
            "fr, Score de l’indice par pays, Score de l’indice"})
    void theMapPageCarriesEveryCountrysCodeOnTheMap(String language, String title, String legendTitle)
            throws IOException {
        Path pdf = output.resolve("2026/AIRI-2026-report-" + language + ".pdf");
        int page = pageWith(pdf, title);
        List<Word> words = words(pdf, page);
        float legendTop = (float) words.stream().filter(w -> w.text().equals(legendTitle)).mapToDouble(Word::y)
                .max().orElseThrow(() -> new AssertionError("no legend title '" + legendTitle + "' on page " + page
                        + ": " + words));
        float mapTop = (float) words.stream().filter(w -> w.text().startsWith(title)).mapToDouble(Word::y).min()
                .orElseThrow();
        for (CountryResult result : edition.ranking()) {
            String code = result.country().code();
            assertThat(words).as(code + " on the map of " + pdf.getFileName())
                    .anySatisfy(word -> {
                        assertThat(word.text()).isEqualTo(code);
                        assertThat(word.y()).isBetween(mapTop, legendTop);
                        assertThat(word.size()).isGreaterThanOrEqualTo(ReportStyle.MINIMUM_SIZE);
                    });
        }
    }

    private static int pageWith(Path pdf, String title) throws IOException {
        ReportPdf report = ReportPdf.read(pdf);
        for (int page = 1; page <= report.pages(); page++) {
            if (report.page(page).contains(title) && report.page(page).contains("EPSG:3035")) {
                return page;
            }
        }
        throw new AssertionError(pdf.getFileName() + " has no map page titled '" + title + "'");
    }

    /** A run of characters drawn one after the other on one line: its text, top (from the page's top) and size. */
    record Word(String text, float y, float size) {
    }

    /** The page's text as runs: a gap of more than a point, or a change of line, starts a new one. */
    static List<Word> words(Path pdf, int page) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        }
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TextPosition first = null;
        TextPosition previous = null;
        for (TextPosition position : positions) {
            boolean joins = previous != null && Math.abs(position.getYDirAdj() - previous.getYDirAdj()) < 0.5
                    && Math.abs(position.getXDirAdj() - previous.getXDirAdj() - previous.getWidthDirAdj()) < 1;
            if (!joins && first != null) {
                words.add(new Word(text.toString().strip(), first.getYDirAdj(), size(first)));
                text.setLength(0);
                first = null;
            }
            if (first == null && !position.getUnicode().isBlank()) {
                first = position;
            }
            if (first != null) {
                text.append(position.getUnicode());
            }
            previous = position;
        }
        if (first != null) {
            words.add(new Word(text.toString().strip(), first.getYDirAdj(), size(first)));
        }
        return words;
    }

    private static float size(TextPosition position) {
        var matrix = position.getTextMatrix();
        return (float) Math.hypot(matrix.getValue(0, 1), matrix.getValue(1, 1));
    }
}

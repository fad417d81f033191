package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.results.PublishedEdition;

/**
 * The structure of the published PDFs read back with PDFBox: what veraPDF does not check (that a heading is a heading,
 * that a chart has a text), and what it does, seen from a reader's side.
 */
class TaggedPdfTest {

    @TempDir
    static Path output;

    static PublishedEdition edition;

    @BeforeAll
    static void publish() throws IOException {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
    }

    @Test
    void theReportsHeadingsStartAtH1SkipNoLevelAndHaveAnH1PerChapterWithAPageOfItsOwn() throws IOException {
        try (PDDocument pdf = report("en")) {
            List<String> headings = elements(pdf).stream().map(PDStructureElement::getStructureType)
                    .filter(type -> type.matches("H[1-6]")).toList();
            assertThat(headings).first().isEqualTo("H1");
            for (int i = 1; i < headings.size(); i++) {
                int level = headings.get(i).charAt(1) - '0';
                int previous = headings.get(i - 1).charAt(1) - '0';
                assertThat(level).as("heading " + i + " after " + headings.get(i - 1)).isLessThanOrEqualTo(previous + 1);
            }
            // The contents and every chapter that has a page of its own (not the two parts made of sections only).
            long chaptersWithAPage = ReportPdf.read(output.resolve("2026/AIRI-2026-report-en.pdf")).bookmarks().stream()
                    .filter(b -> b.children().isEmpty()).count();
            assertThat(headings.stream().filter("H1"::equals).count()).isEqualTo(chaptersWithAPage);
            // Each country profile starts with its country's heading, one level below the part's.
            assertThat(headings.stream().filter("H2"::equals).count())
                    .isGreaterThanOrEqualTo(edition.ranking().size() + edition.codebook().pillars().size());
        }
    }

    @Test
    void theMapAndEveryProfilesTwoChartsAreFiguresThatSayWhatTheyShow() throws IOException {
        try (PDDocument pdf = report("de")) {
            List<PDStructureElement> figures = elements(pdf).stream()
                    .filter(e -> "Figure".equals(e.getStructureType())).toList();
            // The map, then each profile's trend chart and pillar chart.
            assertThat(figures).hasSize(1 + 2 * edition.ranking().size());
            assertThat(figures.get(0).getAlternateDescription()).startsWith("Karte Europas: die "
                    + edition.ranking().size() + " Länder des Index");
            assertThat(figures).allSatisfy(f -> assertThat(f.getAlternateDescription()).hasSizeGreaterThan(60));
        }
    }

    @Test
    void everyHeaderCellHasAColumnScopeAndEveryRowItsCells() throws IOException {
        try (PDDocument pdf = report("fr")) {
            List<PDStructureElement> elements = elements(pdf);
            List<PDStructureElement> headers = elements.stream().filter(e -> "TH".equals(e.getStructureType()))
                    .toList();
            assertThat(headers).isNotEmpty().allSatisfy(th -> assertThat(((COSDictionary) th.getCOSObject()
                    .getDictionaryObject(COSName.A)).getNameAsString("Scope")).isEqualTo("Column"));
            assertThat(elements.stream().filter(e -> "TR".equals(e.getStructureType())))
                    .allSatisfy(tr -> assertThat(tr.getKids()).isNotEmpty()
                            .allSatisfy(cell -> assertThat(((PDStructureElement) cell).getStructureType())
                                    .isIn("TH", "TD")));
        }
    }

    @Test
    void everyLinkHasADescriptionAndBelongsToALinkElement() throws IOException {
        try (PDDocument pdf = report("en")) {
            int links = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links++;
                        assertThat(link.getContents()).isNotBlank();
                        COSBase parent = ((COSObjectable) pdf.getDocumentCatalog().getStructureTreeRoot()
                                .getParentTree().getValue(link.getStructParent())).getCOSObject();
                        if (parent instanceof COSObject reference) {
                            parent = reference.getObject();
                        }
                        assertThat(new PDStructureElement((COSDictionary) parent).getStructureType())
                                .isEqualTo("Link");
                    }
                }
            }
            // The title and the page number of every line of the contents: a line per bookmark but the contents'.
            int lines = ReportPdf.read(output.resolve("2026/AIRI-2026-report-en.pdf")).bookmarks().stream()
                    .mapToInt(b -> 1 + b.children().size()).sum() - 1;
            assertThat(links).isEqualTo(2 * lines);
        }
    }

    @Test
    void everyCharacterOfAPageIsInATaggedSequenceAndTheFooterIsAPaginationArtefact() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve("2026/profiles/AIRI-2026-DE-fr.pdf").toFile())) {
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(pdf.getPage(p));
                StringBuilder artefacts = new StringBuilder();
                int tagged = 0;
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    if ("Artifact".equals(content.getTag())) {
                        artefacts.append(text(content));
                    } else {
                        assertThat(content.getMCID()).as(content.getTag()).isGreaterThanOrEqualTo(0);
                        tagged += text(content).length();
                    }
                }
                assertThat(artefacts.toString()).contains("Page " + (p + 1));
                assertThat(tagged).isGreaterThan(500);
            }
        }
    }

    @Test
    void theCatalogAndTheMetadataIdentifyTheFileAsPdfA2aAndPdfUa1InItsLanguage() throws IOException {
        try (PDDocument pdf = report("de")) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(pdf.getVersion()).isEqualTo(1.7f);
            assertThat(catalog.getLanguage()).isEqualTo("de");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier())
                            .isEqualTo("sRGB IEC61966-2.1"));
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>", "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
                    "<rdf:li xml:lang=\"x-default\">" + pdf.getDocumentInformation().getTitle() + "</rdf:li>",
                    "<xmp:CreateDate>2026-12-01T00:00:00Z</xmp:CreateDate>");
        }
    }

    private static PDDocument report(String language) throws IOException {
        return Loader.loadPDF(output.resolve("2026/AIRI-2026-report-" + language + ".pdf").toFile());
    }

    /** Every structure element in reading order (depth first). */
    private static List<PDStructureElement> elements(PDDocument pdf) {
        List<PDStructureElement> elements = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
        return elements;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                collect(element, elements);
            }
        }
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                text.append(text(nested));
            }
        }
        return text.toString();
    }
}

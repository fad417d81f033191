package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import eu.aireadiness.publication.profile.PdfProfileWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.PublishedEdition;

/**
 * The edition's index pages and archive, read back from a real publication. The pages are parsed as XML: the
 * publisher writes HTML5 in its XML-compatible form, so a strict XML parser (no recovery, unlike a browser) proves
 * them well-formed (every element closed and nested, every attribute quoted, every character escaped), and the DOM it
 * gives is checked for what HTML5 and WCAG need of such a page: a language, UTF-8, a title, headings, a table with a
 * caption and header cells with their scope, and nothing loaded from elsewhere.
 */
class EditionIndexTest {

    @TempDir
    static Path output;

    static Path edition;
    static PublishedEdition published;

    @BeforeAll
    static void publish() {
        published = SampleEdition.build();
        edition = output.resolve("2026");
        new Publisher(PublisherPdfTest.TEMPLATES).publish(published, edition);
    }

    @ParameterizedTest
    @CsvSource({"index.html, en, German, Files of the 2026 edition",
            "index-de.html, de, Deutsch, Dateien der Ausgabe 2026",
            "index-fr.html, fr, Allemand, Fichiers de l’édition 2026"})
    void eachLanguageHasAWellFormedPageWithItsLanguageTitleHeadingsAndACaptionedTable(String file, String language,
                                                                                    String german, String caption)
            throws Exception {
        byte[] bytes = Files.readAllBytes(edition.resolve(file));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>\n");
        Document page = parse(bytes);
        Element html = page.getDocumentElement();
        assertThat(html.getTagName()).isEqualTo("html");
        assertThat(html.getAttribute("lang")).isEqualTo(language);
        assertThat(attribute(page, "meta", "charset")).contains("utf-8");
        assertThat(text(page, "title")).singleElement().asString().contains("2026");
        assertThat(text(page, "h1")).hasSize(1);
        assertThat(text(page, "h2")).isNotEmpty();
        assertThat(text(page, "caption")).singleElement().asString().startsWith(caption);
        for (Element th : elements(page, "th")) {
            assertThat(th.getAttribute("scope")).as("scope of '" + th.getTextContent() + "'").isIn("col", "row");
        }
        Map<String, Element> rows = rows(page);
        assertThat(rows.get("AIRI-2026-report-de.pdf").getElementsByTagName("td").item(1).getTextContent())
                .isEqualTo(german);
    }

    @Test
    void nothingIsLoadedFromElsewhere() throws Exception {
        for (String file : List.of("index.html", "index-de.html", "index-fr.html")) {
            Document page = parse(Files.readAllBytes(edition.resolve(file)));
            assertThat(elements(page, "script")).isEmpty();
            assertThat(elements(page, "img")).isEmpty();
            NodeList all = page.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                assertThat(element.hasAttribute("src")).as(element.getTagName() + " with src").isFalse();
                String href = element.getAttribute("href");
                assertThat(href).as("a link of " + file).doesNotContain("//").doesNotStartWith("/")
                        .doesNotContain("..");
            }
            String style = text(page, "style").get(0);
            assertThat(style).doesNotContain("url(", "@import");
        }
    }

    /**
     * Every file of the edition is listed, with its exact size, apart from the index pages themselves and the
     * manifest (written after them, it holds every file's checksum and is linked below the table); every listed file
     * exists; every other language's page is linked.
     */
    @Test
    void everyFileOfTheEditionIsListedWithItsSize() throws Exception {
        Document page = parse(Files.readAllBytes(edition.resolve("index.html")));
        Map<String, Element> rows = rows(page);
        List<String> files = files();
        // the descriptions of the edition (data package, DCAT-AP, manifest) are written after the pages they list
        List<String> expected = files.stream()
                .filter(f -> !f.matches("index(-[a-z]{2})?\\.html") && !DESCRIPTIONS.contains(f)).toList();
        assertThat(rows.keySet()).containsExactlyElementsOf(expected);
        assertThat(expected).contains("AIRI-2026.zip", "AIRI-2026-report-fr.pdf", "AIRI-2026-scores.csv",
                "opendata/AIRI-2026-results.sdmx.csv", "opendata/AIRI-2026-results-jsonstat.json");
        for (Map.Entry<String, Element> row : rows.entrySet()) {
            Element link = (Element) row.getValue().getElementsByTagName("a").item(0);
            assertThat(link.getAttribute("href")).isEqualTo(row.getKey());
            Element data = (Element) row.getValue().getElementsByTagName("data").item(0);
            assertThat(Long.parseLong(data.getAttribute("value"))).as(row.getKey())
                    .isEqualTo(Files.size(edition.resolve(row.getKey())));
        }
        long zip = Files.size(edition.resolve("AIRI-2026.zip"));
        assertThat(zip).as("the archive is over a megabyte, so its size is in MB").isGreaterThan(1_000_000);
        String megabytes = String.format(java.util.Locale.ROOT, "%.1f MB", zip / 1_000_000.0);
        assertThat(rows.get("AIRI-2026.zip").getTextContent()).contains(megabytes, "All languages");
        long csv = Files.size(edition.resolve("AIRI-2026-scores.csv"));
        assertThat(csv).isLessThan(1_000_000);
        assertThat(rows.get("AIRI-2026-scores.csv").getTextContent())
                .contains(String.format(java.util.Locale.ROOT, "%.1f kB", csv / 1000.0));
        assertThat(attribute(page, "a", "href")).contains("manifest.json", "index-de.html", "index-fr.html",
                "dcat-ap.jsonld", "datapackage.json");
    }

    @Test
    void theManifestListsTheArchiveAndEveryIndexPage() throws IOException {
        JsonNode manifest = JsonMapper.shared().readTree(edition.resolve("manifest.json").toFile());
        List<String> listed = new ArrayList<>();
        manifest.get("files").forEach(file -> listed.add(file.get("path").asString()));
        assertThat(listed).contains("AIRI-2026.zip", "index.html", "index-de.html", "index-fr.html")
                .doesNotContain("manifest.json");
    }

    /**
     * The archive holds every file written before it, byte for byte, in sorted order, stamped with the publication
     * date; not itself, the index pages or the manifest, which list it.
     */
    @Test
    void theArchiveHoldsTheEditionSortedAndStampedWithThePublicationDate() throws IOException {
        List<String> names = new ArrayList<>();
        LocalDateTime stamp = published.info().publicationDate().atStartOfDay();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(edition.resolve("AIRI-2026.zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(stamp);
                assertThat(entry.getExtra()).as(entry.getName()).isNull();
                assertThat(entry.getMethod()).as(entry.getName() + ": stored if compressed already, else deflated")
                        .isEqualTo(entry.getName().endsWith(".pdf") || entry.getName().endsWith(".xlsx")
                                ? ZipEntry.STORED : ZipEntry.DEFLATED);
                assertThat(zip.readAllBytes()).as(entry.getName())
                        .isEqualTo(Files.readAllBytes(edition.resolve(entry.getName())));
            }
        }
        List<String> expected = files().stream().filter(f -> !f.matches("index(-[a-z]{2})?\\.html")
                && !DESCRIPTIONS.contains(f) && !f.equals("AIRI-2026.zip")).toList();
        assertThat(names).containsExactlyElementsOf(expected).isSorted();
        assertThat(names).contains(PdfProfileWriter.fileName(Branding.load(PublisherPdfTest.TEMPLATES), published,
                published.ranking().get(0), PublicationTexts.load(PublisherPdfTest.TEMPLATES, "en")));
    }

    /** The files that describe the edition, written after the index pages and the archive, which they list. */
    private static final java.util.Set<String> DESCRIPTIONS = java.util.Set.of("manifest.json", "datapackage.json",
            "dcat-ap.jsonld");

    /** Every regular file of the edition, relative, '/' between names, sorted. */
    private static List<String> files() throws IOException {
        try (Stream<Path> paths = Files.walk(edition)) {
            return paths.filter(Files::isRegularFile).map(p -> edition.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            return builder.parse(in);
        }
    }

    /** The table's body rows by the file name in their row header, in the page's order. */
    private static Map<String, Element> rows(Document page) {
        Map<String, Element> rows = new java.util.LinkedHashMap<>();
        Element body = elements(page, "tbody").get(0);
        NodeList trs = body.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element row = (Element) trs.item(i);
            Element header = (Element) row.getElementsByTagName("th").item(0);
            assertThat(header.getAttribute("scope")).isEqualTo("row");
            rows.put(header.getTextContent(), row);
        }
        return rows;
    }

    private static List<Element> elements(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<String> text(Document page, String tag) {
        return elements(page, tag).stream().map(Element::getTextContent).toList();
    }

    private static List<String> attribute(Document page, String tag, String name) {
        return elements(page, tag).stream().map(e -> e.getAttribute(name)).filter(a -> !a.isEmpty()).toList();
    }
}
